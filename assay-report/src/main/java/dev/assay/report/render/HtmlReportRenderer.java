package dev.assay.report.render;

import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import java.util.List;

/**
 * A report as one self-contained HTML5 page: everything inline (Apache ECharts, about 1 MB of
 * it, plus our CSS and a small script that draws each chart as SVG from the JSON option embedded
 * beside it), so the file can be mailed or archived and opened offline. The page makes no
 * network request: no external script, style, font, image or favicon. Size: the ECharts bundle
 * (1,016 KB) plus the report itself, measured at 37 KB for the test report with ten charts and
 * for the quickstart's four runs (1.06 MB in all); the report part grows with the data drawn.
 * Layout: title and time, contents, executive summary, the sections, and a provenance footer.
 * Every text from the model is HTML-escaped.
 *
 * <pre>{@code
 * String html = new HtmlReportRenderer().render(report);
 * }</pre>
 */
public final class HtmlReportRenderer {

  /** The page. */
  public String render(Report report) {
    StringBuilder out = new StringBuilder(PageAssets.echarts().length() + 64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Assay\">\n")
        .append("<title>").append(Html.text(report.title())).append("</title>\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<style>\n").append(PageAssets.css()).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    out.append("<header>\n<h1>").append(Html.text(report.title())).append("</h1>\n<p class=\"meta\">Generated <time datetime=\"")
        .append(Html.text(report.generatedAt())).append("\">").append(Html.text(report.generatedAt())).append("</time></p>\n</header>\n");
    out.append("<noscript><div class=\"callout\">The charts are drawn by JavaScript, which is off here; ")
        .append("the data behind each chart is in the table under it (\u201cData behind this chart\u201d).</div></noscript>\n");
    boolean hasSummary = !isEmpty(report.summary());
    contents(out, report, hasSummary);
    out.append("<main>\n");
    if (hasSummary) {
      summary(out, report.summary());
    }
    HtmlBlocks blocks = new HtmlBlocks(out);
    for (Section s : report.sections()) {
      out.append("<section id=\"").append(sectionId(s)).append("\">\n<h2>").append(Html.text(s.title())).append("</h2>\n");
      if (s.intro() != null && !s.intro().isBlank()) {
        out.append("<p class=\"intro\">").append(Html.text(s.intro())).append("</p>\n");
      }
      s.blocks().forEach(blocks::block);
      out.append("</section>\n");
    }
    out.append("</main>\n");
    new HtmlProvenance(out).footer(report.provenance());
    out.append("</div>\n<script>\n").append(PageAssets.echarts()).append("\n</script>\n<script>\n")
        .append(PageAssets.initScript()).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void contents(StringBuilder out, Report report, boolean hasSummary) {
    out.append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    if (hasSummary) {
      out.append("<li><a href=\"#summary\">Summary</a></li>\n");
    }
    for (Section s : report.sections()) {
      out.append("<li><a href=\"#").append(sectionId(s)).append("\">").append(Html.text(s.title())).append("</a></li>\n");
    }
    out.append("<li><a href=\"#provenance\">How these results were made</a></li>\n</ol>\n</nav>\n");
  }

  private static void summary(StringBuilder out, ExecutiveSummary s) {
    out.append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n");
    list(out, "What was tested", s.tested());
    list(out, "Headline results", s.headlines());
    list(out, "Not significant", s.notSignificant());
    list(out, "Caveats", s.caveats());
    out.append("</section>\n");
  }

  private static void list(StringBuilder out, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<h3>").append(heading).append("</h3>\n<ul>\n");
    for (String item : items) {
      out.append("<li>").append(Html.text(item)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  static boolean isEmpty(ExecutiveSummary s) {
    return s == null || (s.tested().isEmpty() && s.headlines().isEmpty() && s.notSignificant().isEmpty() && s.caveats().isEmpty());
  }

  /** The anchor of a section: "section-" and its id, so it can never clash with the page's own ids. */
  static String sectionId(Section s) {
    return "section-" + Html.id(s.id());
  }
}
