package dev.assay.report.render;

import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Table;
import java.util.List;

/**
 * The HTML of a section's blocks: paragraphs, callouts, tables and charts. A chart is a
 * {@code <figure>}: its title, the drawing area (filled by the page script from the JSON option
 * embedded beside it), and a {@code <figcaption>} with the caption and, folded in a
 * {@code <details>}, the data table the chart draws; the drawing area names both with
 * {@code aria-describedby}. Every text is escaped.
 *
 * <pre>{@code
 * new HtmlBlocks(out).block(new Paragraph("Each pair was judged in both orders."));
 * }</pre>
 */
final class HtmlBlocks {
  private final StringBuilder out;
  private int charts;

  HtmlBlocks(StringBuilder out) {
    this.out = out;
  }

  void block(Block block) {
    switch (block) {
      case Paragraph p -> out.append("<p>").append(Html.text(p.text())).append("</p>\n");
      case Callout c -> callout(c);
      case Table t -> table(t, "");
      case Chart c -> chart(c);
    }
  }

  private void callout(Callout c) {
    String level = c.level().name().toLowerCase(java.util.Locale.ROOT);
    out.append("<div class=\"callout callout-").append(level).append("\" role=\"note\"><strong>")
        .append(label(c.level())).append(":</strong> ").append(Html.text(c.text())).append("</div>\n");
  }

  /** The word a callout starts with, also used by the Markdown renderer. */
  static String label(Callout.Level level) {
    return switch (level) {
      case INFO -> "Note";
      case WARNING -> "Warning";
      case PROBLEM -> "Problem";
    };
  }

  void table(Table t, String id) {
    out.append("<div class=\"table-wrap\"><table").append(id.isEmpty() ? "" : " id=\"" + id + "\"").append(">\n");
    if (t.caption() != null && !t.caption().isEmpty()) {
      out.append("<caption>").append(Html.text(t.caption())).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (Table.Column c : t.columns()) {
      out.append("<th scope=\"col\"").append(CellFormat.numeric(c) ? " class=\"num\"" : "").append(">")
          .append(Html.text(CellFormat.header(c))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Table.Column c = t.columns().get(i);
        String cls = row.get(i) == null ? "empty" : CellFormat.numeric(c) ? "num" : i > 0 && isToken(row.get(i)) ? "token" : "";
        out.append(i == 0 ? "<th scope=\"row\"" : "<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(">")
            .append(Html.text(CellFormat.cell(c, row.get(i)))).append(i == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  /** A short value without spaces (a model or check name) that must not break at its hyphens. */
  private static boolean isToken(Object v) {
    String s = String.valueOf(v);
    return s.length() <= 40 && s.indexOf(' ') < 0;
  }

  private void chart(Chart c) {
    String id = "chart-" + (++charts) + "-" + Html.id(c.id());
    out.append("<figure class=\"chart\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\">\n");
    out.append("<h3 class=\"figure-title\" id=\"").append(id).append("-title\">").append(Html.text(c.title())).append("</h3>\n");
    out.append("<div class=\"chart-canvas\" id=\"").append(id).append("-canvas\" data-assay-chart=\"").append(id)
        .append("-option\" role=\"img\" aria-label=\"").append(Html.text(c.title()))
        .append("\" aria-describedby=\"").append(id).append("-caption ").append(id).append("-data\" style=\"height:")
        .append(ChartHeight.of(c)).append("px\"></div>\n");
    out.append("<script type=\"application/json\" id=\"").append(id).append("-option\">")
        .append(Html.scriptJson(JsonReportRenderer.compact(c.option()))).append("</script>\n");
    out.append("<figcaption><p id=\"").append(id).append("-caption\">").append(Html.text(c.caption())).append("</p>\n");
    out.append("<details><summary>Data behind this chart</summary>\n");
    table(c.data(), id + "-data");
    out.append("</details></figcaption>\n</figure>\n");
  }
}
