package dev.assay.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonReportRendererTest {

  @Test
  void aFullReportReadsBackEqual() {
    Report r = SampleReport.full();
    String json = new JsonReportRenderer().render(r);
    assertThat(JsonReportRenderer.read(json)).isEqualTo(r);
    // and writing what was read gives the same text
    assertThat(new JsonReportRenderer().render(JsonReportRenderer.read(json))).isEqualTo(json);
  }

  @Test
  void blocksAreTaggedWithTheirKind() {
    JsonNode tree = JsonReportRenderer.MAPPER.readTree(new JsonReportRenderer().render(SampleReport.full()));
    JsonNode blocks = tree.path("sections").path(0).path("blocks");
    assertThat(blocks.path(0).path("type").asString()).isEqualTo("chart");
    assertThat(blocks.path(0).path("kind").asString()).isEqualTo("WIN_RATES");
    assertThat(blocks.path(4).path("type").asString()).isEqualTo("callout");
    assertThat(blocks.path(5).path("type").asString()).isEqualTo("paragraph");
  }

  @Test
  void cellsOfAnyNumberTypeRoundTrip() {
    Table t = new Table("t", "T", List.of(Column.text("a", "A"), Column.number("b", "B"), Column.number("c", "C"), Column.text("d", "D")),
        List.of(Arrays.asList("x", 1, 2.5f, null), Arrays.asList("y", 3L, Double.NaN, true)));
    Report r = new Report("t", ExecutiveSummary.empty(), List.of(new Section("s", "S", "", List.of(t))), List.of(), "now");
    Report back = JsonReportRenderer.read(new JsonReportRenderer().render(r));
    assertThat(back).isEqualTo(r);
    assertThat(((Table) back.sections().getFirst().blocks().getFirst()).rows())
        .containsExactly(Arrays.asList("x", 1L, 2.5, null), Arrays.asList("y", 3L, null, true));
  }
}
