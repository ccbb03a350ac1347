package dev.assay.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.model.Chart;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A leaderboard of 100 models and a table of 2,000 rows: charts stay legible, rendering stays quick. */
class LargeReportTest {

  @Test
  void aHundredModelsGetAtLeastTwentyPixelsARow() {
    List<Estimate> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(new Estimate("model-" + i, 50 + i * 0.3, 45 + i * 0.3, 55 + i * 0.3));
    }
    Chart c = Charts.forest("many", "Ratings", "Many models.", rows);
    assertThat(ChartHeight.of(c)).isGreaterThanOrEqualTo(100 * ChartHeight.MIN_ROW);
    assertThat(ChartHeight.of(Charts.forest("few", "Ratings", "Few.", rows.subList(0, 3)))).isEqualTo(162);
    assertThat(ChartHeight.of(Charts.forest("thirty", "Ratings", "Thirty.", rows.subList(0, 30)))).isEqualTo(1080);
  }

  @Test
  void rendersAReportWithThousandsOfRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(List.of("prompt-" + i, i % 2 == 0 ? "model-a" : "model-b", 0.5 + (i % 100) / 200.0));
    }
    Table t = new Table("judgments", "Judgments", List.of(Column.text("id", "Prompt"), Column.text("winner", "Winner"),
        Column.number("margin", "Margin", "", 3)), rows);
    Report r = new Report("Large", ExecutiveSummary.empty(), List.of(new Section("s", "S", "", List.of(t))), List.of(), "now");
    String html = new HtmlReportRenderer().render(r);
    String md = new MarkdownReportRenderer().render(r);
    String json = new JsonReportRenderer().render(r);
    assertThat(html.length() - PageAssets.echarts().length()).isGreaterThan(2000 * 40);
    assertThat(json).contains("prompt-1999");
    assertThat(html).contains("<th scope=\"row\">prompt-1999</th>");
    assertThat(md).contains("_... 1980 more rows in report.json_");
  }
}
