package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.report.Reports;
import dev.assay.report.model.Block;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.Table;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that say what they measure and show the rows people look at, on real run folders: the
 * quickstart's (toxicity, duplicates, the reward-model judge, a leaderboard), a QA run whose
 * deduplication found nothing, and a position-biased judge run.
 */
class ReportExamplesTest {
  @TempDir Path dir;

  private static <T extends Block> List<T> blocks(Report r, Class<T> kind) {
    return r.sections().stream().flatMap(s -> s.blocks().stream()).filter(kind::isInstance).map(kind::cast).toList();
  }

  private static Table table(Report r, String name) {
    return blocks(r, Table.class).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static Chart chart(Report r, String id) {
    return blocks(r, Chart.class).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no chart " + id));
  }

  private static List<Object> column(Table t, int i) {
    return t.rows().stream().map(row -> row.get(i)).toList();
  }

  @Test
  void aQaRunWhoseDeduplicationFoundNothingStillWritesItsReportWithASentence() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add(Json.MAPPER.writeValueAsString(Map.of("id", "u" + i, "text", "A different answer, number " + i + ".")));
    }
    Path data = dir.resolve("unique.jsonl");
    Files.write(data, lines);
    Path out = dir.resolve("qa");
    Path yaml = dir.resolve("pipeline.yaml");
    Files.writeString(yaml, "input: " + data + "\nfield: text\nid_field: id\nout: " + out + "\nchecks:\n  - name: exact_dedup\n");
    CliHarness run = CliHarness.run("qa", "--config", yaml.toString(), "--quiet");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("no data to draw");
    assertThat(out.resolve("assay-report.html")).exists();
    Report r = Reports.build(List.of(out));
    assertThat(blocks(r, Paragraph.class)).extracting(Paragraph::text)
        .contains("No duplicate clusters: exact_dedup found none among 12 records.");
    assertThat(blocks(r, Chart.class)).extracting(Chart::id).doesNotContain("qa-clusters-exact-dedup");
    assertThat(blocks(r, Table.class)).extracting(Table::name).doesNotContain("qa_duplicate_examples", "qa_toxic_examples");
  }

  @Test
  void duplicatesAreShownBesideTheRecordTheyDuplicate() throws Exception {
    Path qa = ReportRuns.qa(dir, "--no-report");
    Report r = Reports.build(List.of(qa));
    Table dups = table(r, "qa_duplicate_examples");
    assertThat(dups.columns()).extracting(Table.Column::label).containsExactly("File:record", "Check", "Rejected text", "Duplicate of", "Its text");
    assertThat(dups.rows()).hasSize(5);
    assertThat(dups.rows().get(0)).containsExactly("qa/rejected.jsonl:1", "exact_dedup", "The same answer again.", "qa-data.jsonl:1",
        "The same answer again.");
    assertThat(column(dups, 0)).containsExactly("qa/rejected.jsonl:1", "qa/rejected.jsonl:2", "qa/rejected.jsonl:3", "qa/rejected.jsonl:4",
        "qa/rejected.jsonl:5");
  }

  @Test
  void positionSwapFlipsAreListedAndVerdictsCountModels() throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start().reply(ReportRuns.JUDGE)) {
      Report r = Reports.build(List.of(ReportRuns.judge(dir, server, "--no-report")));
      Chart verdicts = chart(r, "judge-winners");
      assertThat(column(verdicts.data(), 0)).containsExactly("Preferred strong", "Preferred weak", "Tie", "No verdict");
      assertThat(column(verdicts.data(), 1)).containsExactly(26.0, 7.0, 6.0, 1.0);
      Table positions = table(r, "judge_positions");
      assertThat(positions.rows()).containsExactly(List.of("Output A", 26L), List.of("Output B", 7L), List.of("Tie", 6L), List.of("No verdict", 1L));
      Table flips = table(r, "judge_flip_examples");
      // questions 30-35 say BIASED: the judge picks the first answer whatever it is, so the two orders disagree
      assertThat(column(flips, 1)).containsExactly("p30", "p31", "p32", "p33", "p34", "p35");
      assertThat(flips.rows().get(0)).containsExactly("judge/judgments.jsonl:31", "p30", "strong", "weak", "strong", "weak");
    }
  }

  @Test
  void theQuickstartReportNamesItsStatisticsAndShowsTheRowsBehindThem() throws Exception {
    Path out = dir.resolve("qs");
    CliHarness run = CliHarness.run("quickstart", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    double winRate = dev.assay.eval.leaderboard.LeaderboardContract.CONTRACT.read(out.resolve("leaderboard/leaderboard.json"))
        .models().stream().filter(m -> m.vsBaseline() != null).findFirst().orElseThrow().vsBaseline().winRate();
    assertThat(winRate).isBetween(70.0, 82.0);   // the sample's planted gap: model-a is clearly the better model
    assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "model-a vs model-b: preference-weighted win rate %.1f%% (95%% CI ", winRate))
        .contains("), preferred on 51 of 61; ");
    Report r = Reports.build(List.of(out.resolve("validate"), out.resolve("qa"), out.resolve("judge"), out.resolve("leaderboard")));
    assertThat(r.summary().headlines()).contains(
        "model-a beats model-b: preference-weighted win rate 76% (95% CI 70-82%); preferred on 51 of 61 prompts, model-b on 10.");
    Table toxic = table(r, "qa_toxic_examples");
    assertThat(toxic.rows()).hasSize(2);
    List<Object> scores = column(toxic, 3);
    assertThat((Double) scores.get(0)).isGreaterThanOrEqualTo((Double) scores.get(1)).isGreaterThan(0.8);
    assertThat(column(toxic, 4)).allSatisfy(t -> assertThat((String) t).isNotBlank().doesNotStartWith("{"));
    assertThat(column(toxic, 0)).allSatisfy(w -> assertThat((String) w).matches("qa/rejected\\.jsonl:\\d+"));
    Table dups = table(r, "qa_duplicate_examples");
    assertThat(column(dups, 1)).contains("exact_dedup", "minhash_dedup").hasSize(3);
    assertThat(column(dups, 4)).doesNotContain("(not found)");
    Table gaps = table(r, "judge_gap_examples");
    assertThat(gaps.rows()).hasSize(10);
    assertThat(column(gaps, 6)).allSatisfy(m -> assertThat(m).isIn("model-a", "model-b"));
    assertThat(gaps.rows()).allSatisfy(row -> assertThat(row.get(6)).isEqualTo((Double) row.get(4) > (Double) row.get(5) ? row.get(2) : row.get(3)));
    assertThat(column(gaps, 0)).allSatisfy(w -> assertThat((String) w).matches("judge/judgments\\.jsonl:\\d+"));
    Table quarantined = table(r, "validate_examples");
    assertThat(quarantined.rows()).hasSize(4);
    assertThat(column(quarantined, 0)).containsExactly("validate/quarantine.jsonl:1", "validate/quarantine.jsonl:2",
        "validate/quarantine.jsonl:3", "validate/quarantine.jsonl:4");
    Chart verdicts = chart(r, "judge-winners");
    assertThat(column(verdicts.data(), 0)).containsExactly("Preferred model-a", "Preferred model-b", "Tie", "No verdict");
    assertThat(column(verdicts.data(), 1)).containsExactly(51.0, 10.0, 0.0, 0.0);
  }
}
