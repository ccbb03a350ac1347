package dev.assay.core.run;

import dev.assay.core.manifest.RunManifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** One realistic, fixed value of every run-file kind, for the golden-file tests. */
final class RunFileSamples {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RunFileSamples() {}

  static Object of(RunFileKind kind) {
    return switch (kind) {
      case MANIFEST -> manifest();
      case GENERATIONS -> new GenerationRow(IntNode.valueOf(81), null,
          List.of("Compose a travel blog post about Hawaii.", "Rewrite it starting every sentence with A."),
          "writing", "A trip...", List.of("Aloha! ...", "A trip..."), "model-x", "stop", false, 412, 388, false,
          Map.of("source_file", StringNode.valueOf("question.jsonl")));
      case PAIRS -> new PairRow(StringNode.valueOf("model-x/81#2"), "81#2", "Rewrite it starting every sentence with A.",
          "A trip...", "A journey...", "model-x", "gpt-4", null, "81", 2, "writing",
          List.of("Compose a travel blog post about Hawaii.", "Rewrite it starting every sentence with A."),
          List.of("Aloha! ...", "A trip..."), List.of("Hawaii is ...", "A journey..."), Map.of());
      case JUDGMENTS -> new JudgmentRow(StringNode.valueOf("q-7"), "model-x", "gpt-4", Winner.A, 1.0,
          JudgmentOutcome.CONSISTENT, VerdictStatus.OK, "pairwise(swap)", "[[A]]",
          new JudgmentRow.Order(Winner.A, VerdictStatus.OK, List.of("marker"), List.of(), null, null),
          "[[B]]", new JudgmentRow.Order(Winner.A, VerdictStatus.OK, List.of("marker"), List.of(), null, null),
          2, 1520L, 40L, null, null, null, null, null, null, null, null, null,
          Map.of("instruction", StringNode.valueOf("Name three primes.")));
      case QA_REPORT -> {
        Map<String, QaReportFile.CheckReport> checks = new LinkedHashMap<>();
        Map<String, QaReportFile.RuleStats> rules = new LinkedHashMap<>();
        rules.put("chars", new QaReportFile.RuleStats(135, 20.0, 0.0, 412.5, 2400.0,
            new QaReportFile.Histogram(0.0, 2400.0, new long[] {10, 20, 30, 25, 20, 10, 10, 5, 3, 2}, 135)));
        checks.put("length", new QaReportFile.CheckReport(2, Map.of("reject", 2L), rules, null));
        checks.put("exact_dedup", new QaReportFile.CheckReport(0, Map.of(), Map.of(),
            Map.of("clusters", F.arrayNode())));
        yield new QaReportFile(new QaReportFile.Counts(135, 127, 8, 0), checks, ordered("pass1_dataset_checks_ms", 40L, "apply_and_write_ms", 12L));
      }
      case LEADERBOARD -> {
        LeaderboardFile.Interval boot = new LeaderboardFile.Interval(70.1, 82.1, "bootstrap_percentile");
        LeaderboardFile.Interval wilson = new LeaderboardFile.Interval(72.0, 91.0, "wilson");
        LeaderboardFile.VsBaseline vs = new LeaderboardFile.VsBaseline(76.2, boot, 2.9, 51, 10, 0, 61, 0, 83.6, wilson,
            null, null, null, null);
        yield new LeaderboardFile("model-b", 61, 61, 0, 0.95, 1000, 42,
            List.of(new LeaderboardFile.ModelEntry("model-a", 1, 1142.0, 1090.0, 1210.0, 61, vs),
                new LeaderboardFile.ModelEntry("model-b", 2, 858.0, 790.0, 910.0, 61, null)),
            new LeaderboardFile.Consistency(61, new LeaderboardFile.FlipRate(0.1, 6, 61, 0),
                new LeaderboardFile.FlipRate(0.08, 4, 50, 11), 0.5, 3, 0.05, 3, 0.05),
            null);
      }
      case REWARD_METRICS -> new RewardMetricsFile("reward-model.json", 2401, 0.906, List.of(0.894, 0.917), 0.727, 99L,
          0.033, 0.30, 1.2, 0L, new RewardMetricsFile.Baselines(0.895, 0.621, 0.5),
          Map.of("by_source", F.objectNode().put("alpaca_eval", 0.91)));
      case DRIFT_REPORT -> new DriftReportFile(
          ordered("path", StringNode.valueOf("ref.jsonl"), "records", IntNode.valueOf(100)),
          ordered("path", StringNode.valueOf("cur.jsonl"), "records", IntNode.valueOf(120)),
          List.of(new DriftReportFile.NumericShift("chars", true, Map.of("psi", F.numberNode(0.31)))),
          null, null, null, List.of("chars"), List.of("embedding skipped: --no-embeddings"),
          Map.of("alpha", F.numberNode(0.01)));
      case BIAS_REPORT -> new BiasReportFile("embedded", "toxic", 500, 0.91, 0.87,
          ordered("subgroup_auc", 0.85, "bpsn_auc", 0.86, "bnsp_auc", 0.88), 0.5,
          List.of(F.objectNode().put("group", "muslim").put("subgroup_auc", 0.81)), List.of(), List.of());
      case GATE_RESULTS -> new GateResults(GateOutcome.FAIL, 1, 1, 0, 0,
          new GateResults.Regression("auto", "holm", 0.05, 2000, 42, 1), List.of(
          new GateResults.Assertion("leaderboard.models[model-a].vs_baseline.win_rate >= 60", "leaderboard",
              "models[model-a].vs_baseline.win_rate", ">=", 60.0, 76.2, GateOutcome.PASS, GateSeverity.ERROR, "76.2 >= 60", null),
          new GateResults.Assertion("judge.win_rate >= baseline - 0.02", "judge", "win_rate", ">=", 0.6, 0.5, GateOutcome.FAIL,
              GateSeverity.ERROR, "0.5 < 0.6 = baseline 0.62 - 0.02; paired-bootstrap p = 0.004, Holm-adjusted 0.004 <= 0.05",
              new GateResults.Baseline("main/judge", 0.62, -0.02, "paired-bootstrap", 50, -0.12, 0.004, 0.004))));
      case QUARANTINE -> new QuarantineRow("in.jsonl", 7, "in.jsonl:7: field 'output': expected a string, found number 3",
          List.of("in.jsonl:7: field 'output': expected a string, found number 3"), "{\"instruction\":\"x\",\"output\":3}",
          null, Map.of());
      case ERRORS -> new ErrorRow(StringNode.valueOf("q-9"), "pairs.jsonl", 9, "rate_limited", 429,
          "pairs.jsonl:9: model call failed: 429 Too Many Requests after 5 attempts");
    };
  }

  private static RunManifest manifest() {
    return new RunManifest(RunManifest.FORMAT_VERSION,
        new dev.assay.core.manifest.ToolInfo("assay", "0.1.0", "abc1234"),
        new RunManifest.Environment("25", "Eclipse Adoptium", "Linux", "6.1", "amd64", 2, 2147483648L),
        "judge", List.of("--judge", "reward-model", "pairs.jsonl", "--out", "out"),
        List.of(new RunManifest.Component("judge", "reward-model", Map.of("model", "default"))),
        List.of(new RunManifest.FileEntry("input", "pairs.jsonl", "ab".repeat(32), 1024, "jsonl", 61)),
        List.of(new RunManifest.FileEntry("judgments", "out/judgments.jsonl", "cd".repeat(32), 4096, "jsonl", 61)),
        Map.of(), "2026-01-02T03:04:05Z", "2026-01-02T03:04:06Z", 1000, Map.of("judge_ms", 990L),
        ordered("rows_in", 61L, "judged", 61L), dev.assay.core.run.RunStatus.OK, List.of());
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... kv) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (V) kv[i + 1]);
    }
    return m;
  }

  /** The sample as the JSON tree its contract writes. */
  static JsonNode json(RunFileKind kind) {
    return RunJson.WRITER.valueToTree(of(kind));
  }
}
