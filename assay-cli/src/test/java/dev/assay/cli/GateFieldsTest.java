package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.RunFileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Derived gate fields on real run folders beyond the quickstart: judge-human kappa, flip rate and
 * ranks of a leaderboard with human labels and both presentation orders, a reward model's accuracy
 * and its interval, and the Markdown appended to {@code $GITHUB_STEP_SUMMARY}.
 */
class GateFieldsTest {
  @TempDir Path dir;

  private static GateResults json(CliHarness r) {
    return RunFileKind.GATE_RESULTS.contract(GateResults.class).fromJson(Json.MAPPER.readTree(r.out()), "stdout");
  }

  @Test
  void leaderboardKappaFlipRateAndRanksEqualTheFileValues() throws Exception {
    Path board = ReportRuns.leaderboard(dir, "--no-report");
    JsonNode lb = Json.MAPPER.readTree(board.resolve("leaderboard.json").toFile());
    CliHarness r = CliHarness.run("gate", "--json", "--assert", "board.kappa > -1", "--assert", "board.flip_rate >= 0",
        "--assert", "board.models[strong].rank == 1", "--assert", "board.models[weak].win_rate_lower < 50",
        "--assert", "leaderboard.human_agreement_rate > 0", board.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<GateResults.Assertion> a = json(r).assertions();
    assertThat(a.get(0).actual()).isEqualTo(lb.path("human_agreement").path("cohen_kappa").path("value").asDouble());
    assertThat(a.get(1).actual()).isEqualTo(lb.path("judge_consistency").path("flip_rate").path("rate").asDouble());
    JsonNode weak = null;
    for (JsonNode m : lb.path("models")) {
      if (m.path("model").asString().equals("weak")) {
        weak = m;
      }
    }
    assertThat(a.get(3).actual()).isEqualTo(weak.path("vs_baseline").path("win_rate_interval").path("lower").asDouble());
    CliHarness many = CliHarness.run("gate", "--assert", "board.win_rate > 50", board.toString());
    assertThat(many.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(many.err()).contains("3 models are compared with the baseline base; use models[<model>].win_rate");
  }

  @Test
  void rewardAccuracyAndItsWilsonBound() throws Exception {
    StringBuilder pairs = new StringBuilder();
    String[] topics = {"bread", "tides", "rainbows", "volcanoes", "chess", "bees", "glaciers", "compilers"};
    for (int i = 0; i < topics.length; i++) {
      pairs.append(Json.MAPPER.writeValueAsString(java.util.Map.of("id", "q" + i, "prompt", "Explain " + topics[i] + " briefly.",
          "chosen", "Here is a short explanation of " + topics[i] + ": the key idea in a sentence or two.", "rejected", "No."))).append('\n');
    }
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(in, pairs);
    Path run = dir.resolve("rm-eval");
    CliHarness e = CliHarness.run("reward", "eval", "--model", "default", "--report", run.resolve("report.html").toString(), in.toString());
    assertThat(e.exit()).as(e.err()).isZero();
    JsonNode m = Json.MAPPER.readTree(run.resolve("reward-eval.json").toFile());
    CliHarness r = CliHarness.run("gate", "--json", "--assert", "reward-eval.accuracy >= 0", "--assert", "rm-eval.accuracy_lower <= 1",
        "--assert", "rm-eval.accuracy_over_longer > -1", run.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<GateResults.Assertion> a = json(r).assertions();
    assertThat(a.get(0).actual()).isEqualTo(m.path("accuracy").asDouble());
    assertThat(a.get(1).actual()).isEqualTo(m.path("accuracy_wilson_95").get(0).asDouble());
    assertThat(a.get(2).actual()).isEqualTo(m.path("accuracy").asDouble() - m.path("baselines").path("longer_wins").asDouble());
  }

  @Test
  void theMarkdownIsAppendedToTheGithubStepSummary() throws Exception {
    Path summary = dir.resolve("step-summary.md");
    Files.writeString(summary, "earlier step\n");
    var before = GateCommand.env;
    GateCommand.env = name -> name.equals("GITHUB_STEP_SUMMARY") ? summary.toString() : null;
    try {
      Path board = ReportRuns.leaderboard(dir, "--no-report");
      CliHarness r = CliHarness.run("gate", "--quiet", "--assert", "board.models[strong].rank == 1", board.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    } finally {
      GateCommand.env = before;
    }
    assertThat(Files.readString(summary)).startsWith("earlier step\n### Assay gate passed\n")
        .contains("| pass | `board.models[strong].rank == 1` | 1 | 1 | 1 == 1 |");
  }
}
