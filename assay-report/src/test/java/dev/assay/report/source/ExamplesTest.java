package dev.assay.report.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.report.model.Table;
import dev.assay.report.render.HtmlReportRenderer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void eachRowNamesItsFileAndRecordAndLongTextsAreCutWithTheirLength() {
    String longText = "word ".repeat(100).strip(); // 499 characters
    Table t = new Examples("demo_examples", "Demo").text("text", "Text").number("score", "Score", 3)
        .add(Examples.where(Path.of("out", "qa"), "rejected.jsonl", 17), "short\n text", 0.9)
        .add(Examples.where(Path.of("out", "qa"), "rejected.jsonl", 18), longText, 0.5)
        .table();
    assertThat(t.columns()).extracting(Table.Column::label).containsExactly("File:record", "Text", "Score");
    assertThat(t.rows().get(0)).containsExactly("qa/rejected.jsonl:17", "short text", 0.9);
    String cut = (String) t.rows().get(1).get(1);
    assertThat(cut).startsWith("word word").endsWith("word\u2026 (499 characters)");
    assertThat(cut.length()).isLessThan(Examples.MAX_CHARS + 25);
  }

  @Test
  void shortTextsStayWholeAndAWrongRowIsRefused() {
    assertThat(Examples.clip("x".repeat(Examples.MAX_CHARS))).hasSize(Examples.MAX_CHARS);
    assertThatThrownBy(() -> new Examples("e", "E").text("a", "A").add("f:1", "x", "y"))
        .hasMessage("examples e: 2 cells for 1 columns");
  }

  @Test
  void recordTextFollowsTheFieldPath() throws Exception {
    var row = dev.assay.core.io.Json.MAPPER.readTree("{\"messages\": [{\"content\": \"hi\"}, {\"content\": \"bye\"}], \"meta\": {\"t\": \"x\"}}");
    assertThat(RecordText.of(row, "messages[-1].content")).isEqualTo("bye");
    assertThat(RecordText.of(row, "messages[0].content")).isEqualTo("hi");
    assertThat(RecordText.of(row, "meta.t")).isEqualTo("x");
    assertThat(RecordText.of(row, "missing")).startsWith("{\"messages\"");
  }

  @Test
  void markupInAnExampleIsEscapedOnThePage() {
    Table t = new Examples("demo_examples", "Demo").text("text", "Text").add("qa/rejected.jsonl:1", "<script>alert(1)</script>").table();
    var report = new dev.assay.report.model.Report("r", dev.assay.report.model.ExecutiveSummary.empty(),
        List.of(new dev.assay.report.model.Section("s", "S", "", List.of(t))), List.of(), "2026-01-01T00:00:00Z");
    String html = new HtmlReportRenderer().render(report);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
  }
}
