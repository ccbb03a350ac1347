package dev.assay.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.Block;
import dev.assay.report.model.Chart;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
  private static final Report REPORT = SampleReport.full();
  private static final String HTML = new HtmlReportRenderer().render(REPORT);
  private static final Pattern JSON_SCRIPT =
      Pattern.compile("<script type=\"application/json\" id=\"([^\"]+)\">(.*?)</script>", Pattern.DOTALL);

  private static List<Chart> charts() {
    List<Chart> out = new ArrayList<>();
    for (Section s : REPORT.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Chart c) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static int count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void escapesEveryTextFromTheModel() {
    assertThat(HTML).doesNotContain("<b>bold</b>");
    assertThat(HTML).contains("<title>Assay report: a &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; &lt;!-- | pipe</title>");
    // every script element is one we opened: 10 chart options, ECharts, our init script
    assertThat(count(HTML, "<script")).isEqualTo(12);
    assertThat(count(HTML, "</script>")).isEqualTo(12);
    assertThat(count(HTML, "<!--")).isZero();
  }

  @Test
  void embedsEachChartOptionAsJsonThatReadsBackEqual() {
    Matcher m = JSON_SCRIPT.matcher(HTML);
    List<Chart> charts = charts();
    int i = 0;
    while (m.find()) {
      assertThat(m.group(2)).doesNotContain("<").doesNotContain(">");
      Object option = JsonReportRenderer.MAPPER.readValue(m.group(2), Map.class);
      assertThat(option).isEqualTo(charts.get(i).option());
      assertThat(m.group(1)).isEqualTo("chart-" + (i + 1) + "-" + Html.id(charts.get(i).id()) + "-option");
      i++;
    }
    assertThat(i).isEqualTo(charts.size()).isEqualTo(10);
  }

  @Test
  void eachChartIsAFigureWhoseCanvasPointsAtItsCaptionAndDataTable() {
    assertThat(count(HTML, "<figure class=\"chart\"")).isEqualTo(10);
    assertThat(count(HTML, "<figcaption>")).isEqualTo(10);
    assertThat(count(HTML, "<details><summary>Data behind this chart</summary>")).isEqualTo(10);
    Matcher m = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(HTML);
    int n = 0;
    while (m.find()) {
      for (String id : m.group(1).split(" ")) {
        assertThat(HTML).contains(" id=\"" + id + "\"");
      }
      n++;
    }
    assertThat(n).isEqualTo(10);
  }

  @Test
  void requestsNothingFromTheNetwork() {
    // the page without the ECharts bundle, whose code holds attribute strings of its own
    String page = HTML.replace(PageAssets.echarts(), "");
    assertThat(page.length()).isLessThan(HTML.length());
    Matcher m = Pattern.compile("\\b(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(page);
    List<String> targets = new ArrayList<>();
    while (m.find()) {
      targets.add(m.group(2));
    }
    assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(t).matches("#.*|data:.*"));
    assertThat(HTML).contains("<link rel=\"icon\" href=\"data:,\">");
    assertThat(PageAssets.css()).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
  }

  @Test
  void summaryListsOnlyWhatItHasAndTheContentsLinkEverySection() {
    assertThat(HTML).contains("<h3>What was tested</h3>", "<h3>Headline results</h3>", "<h3>Not significant</h3>");
    assertThat(HTML).doesNotContain("<h3>Caveats</h3>");
    for (Section s : REPORT.sections()) {
      assertThat(HTML).contains("<a href=\"#section-" + s.id() + "\">", "<section id=\"section-" + s.id() + "\">");
    }
    assertThat(HTML).contains("<a href=\"#provenance\">", "<footer class=\"provenance\" id=\"provenance\">");
    assertThat(HTML).contains("<noscript><div class=\"callout\">The charts are drawn by JavaScript");
  }

  @Test
  void provenanceShowsShortHashesWithTheFullOneInTheTitle() {
    String sha = REPORT.provenance().getFirst().inputs().getFirst().sha256();
    assertThat(HTML).contains("<code title=\"" + sha + "\">" + sha.substring(0, 12) + "\u2026</code>");
    assertThat(HTML).contains("<td class=\"num\">120</td>", "<td class=\"num\">unknown</td>", "<code>bootstrap</code>: 42");
  }

  @Test
  void tablesShowUnitsInHeadersAndNumbersWithTheirDecimals() {
    assertThat(HTML).contains("<th scope=\"col\" class=\"num\">Share (%)</th>", "<td class=\"num\">0.80</td>",
        "<td class=\"empty\">\u2013</td>", "<th scope=\"row\" class=\"num\">1</th>");
  }

  @Test
  void aReportWithNoSummaryAndNoChartsStillMakesAPage() {
    Report bare = new Report("Bare", ExecutiveSummary.empty(),
        List.of(new Section("only", "Only", "", List.of(new Paragraph("Nothing to chart.")))), List.of(), "2026-11-25T09:30:00Z");
    String html = new HtmlReportRenderer().render(bare);
    assertThat(html).doesNotContain("id=\"summary\"").doesNotContain("<figure")
        .contains("<p>Nothing to chart.</p>", "No run recorded its provenance.");
  }

  @Test
  void sizeIsTheEChartsBundlePlusTheReport() {
    int echarts = PageAssets.echarts().length();
    System.out.printf("report page: %,d chars, of which ECharts %,d and the report itself %,d%n",
        HTML.length(), echarts, HTML.length() - echarts);
    assertThat(HTML.length() - echarts).isBetween(10_000, 200_000);
  }
}
