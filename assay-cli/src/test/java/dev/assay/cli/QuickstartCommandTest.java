package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The quickstart end to end on the bundled sample, offline: every step writes its folder and
 * manifest, counts reconcile from records in to judged pairs, the planted problems are found,
 * model-a beats model-b with an interval above one half, and the analysis tables exist.
 */
class QuickstartCommandTest {
  @Test
  void runsEveryStepOfflineAndTheCountsReconcile(@TempDir Path dir) throws Exception {
    CliHarness r = CliHarness.run("quickstart", "--out", dir.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    Map<String, JsonNode> steps = steps(j);
    assertThat(steps).containsKeys("validate", "qa", "pairs", "judge", "leaderboard");

    JsonNode v = steps.get("validate");
    assertThat(v.get("records_in").asLong()).isEqualTo(v.get("valid").asLong() + v.get("quarantined").asLong());
    assertThat(v.get("quarantined").asLong()).isEqualTo(4);

    JsonNode qa = steps.get("qa");
    assertThat(qa.get("records_in").asLong()).isEqualTo(v.get("valid").asLong());
    assertThat(qa.get("kept").asLong() + qa.get("rejected").asLong() + qa.get("quarantined").asLong())
        .isEqualTo(qa.get("records_in").asLong());
    assertThat(names(qa.get("flagged_by_check")))
        .contains("empty", "length", "gopher_repetition", "pii", "toxicity", "exact_dedup", "minhash_dedup");
    String kept = Files.readString(dir.resolve("qa/kept.jsonl"));
    assertThat(kept).doesNotContain("help.desk@example.org").doesNotContain("555 0136").contains("[EMAIL]");
    String rejected = Files.readString(dir.resolve("qa/rejected.jsonl"));
    assertThat(rejected).contains("\"id\":\"p010-a-retry\"").contains("duplicate_of").contains("\"id\":\"p003-b\"");

    JsonNode pairs = steps.get("pairs");
    JsonNode judge = steps.get("judge");
    long keptPrompts = pairs.get("prompts_kept").asLong() - pairs.get("prompts_unpaired").asLong();
    assertThat(pairs.get("pairs").asLong()).isEqualTo(keptPrompts).isGreaterThanOrEqualTo(55);
    assertThat(judge.get("judged").asLong()).isEqualTo(keptPrompts);
    assertThat(Files.readAllLines(dir.resolve("judge/judgments.jsonl"))).hasSize((int) keptPrompts);
    assertThat(judge.get("model_calls").asLong()).isZero();
    assertThat(judge.get("preferred").get("model-a").asLong()).isGreaterThan(judge.get("preferred").get("model-b").asLong());

    JsonNode board = steps.get("leaderboard");
    assertThat(board.get("judged").asLong()).isEqualTo(keptPrompts);
    assertThat(board.get("baseline").asString()).isEqualTo("model-b");
    JsonNode first = board.get("models").get(0);
    assertThat(first.get("model").asString()).isEqualTo("model-a");
    assertThat(first.get("win_rate_lower").asDouble()).isGreaterThan(50.0);

    for (String run : List.of("validate", "qa", "judge", "leaderboard")) {
      JsonNode manifest = Json.MAPPER.readTree(dir.resolve(run).resolve("manifest.json").toFile());
      assertThat(manifest.get("command").asString()).isEqualTo(run);
    }
    assertThat(dir.resolve("inputs/qa.yaml")).exists();
    assertThat(dir.resolve("pipeline.yaml")).exists();
    assertThat(dir.resolve("pairs/manifest.json")).exists();
    assertThat(dir.resolve("inputs/sample-chat.jsonl")).exists();

    assertThat(steps.get("tables").get("tables").asLong()).isGreaterThan(3); // the report's tables and 3 per-item ones
    assertThat(count(dir.resolve("tables/prompt_judgments.parquet"))).isEqualTo(keptPrompts);
    assertThat(count(dir.resolve("tables/quarantine.parquet"))).isEqualTo(4);
    assertThat(count(dir.resolve("tables/qa_findings.parquet"))).isGreaterThanOrEqualTo(qa.get("rejected").asLong());
    assertThat(dir.resolve("tables/schema.json")).exists();

    Path report = Path.of(j.get("report").asString());
    assertThat(report).isEqualTo(dir.resolve("report.html"));
    String html = Files.readString(report);
    assertThat(html).contains("<h2>Leaderboard</h2>").contains("model-a beats model-b");
    assertThat(dir.resolve("report.md")).exists();
    assertThat(steps.get("report").get("runs").asLong()).isEqualTo(4);
    for (String run : List.of("qa", "judge", "leaderboard")) {
      assertThat(dir.resolve(run).resolve(AutoReport.FILE)).as("the per-run report %s makes", run).exists();
    }
  }

  @Test
  void printsOneLinePerStepAndASecondRunJudgesAfreshWithTheSameResult(@TempDir Path dir) throws Exception {
    CliHarness first = CliHarness.run("quickstart", "--out", dir.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("  validate ").contains("  qa ").contains("  judge ").contains("  leaderboard ")
        .contains("  tables ").contains("  report ").contains("4 quarantined").contains("toxicity 2 rejected").contains("0 model calls");
    // A stale verdict under a current pair id is not reused: the second run judges every pair again.
    Path judgments = dir.resolve("judge/judgments.jsonl");
    Files.writeString(judgments, Files.readString(judgments).replaceFirst("\"winner\":\"[ab]\"", "\"winner\":\"tie\""));
    CliHarness again = CliHarness.run("quickstart", "--out", dir.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(line(again.out(), "judge")).isEqualTo(line(first.out(), "judge")).doesNotContain("tie");
    assertThat(again.out()).contains("report: " + dir.resolve("report.html"))
        .contains("./assay report " + dir + " --out-file " + dir.resolve("report.html"));
    assertThat(line(again.out(), "leaderboard")).isEqualTo(line(first.out(), "leaderboard"));
  }

  private static String line(String out, String step) {
    return out.lines().filter(l -> l.startsWith("  " + step + " ")).findFirst().orElseThrow();
  }

  private static Map<String, JsonNode> steps(JsonNode summary) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    summary.get("steps").forEach(s -> out.put(s.get("step").asString(), s));
    return out;
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.propertyNames().forEach(out::add);
    return out;
  }

  private static long count(Path parquet) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM '" + parquet + "'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
