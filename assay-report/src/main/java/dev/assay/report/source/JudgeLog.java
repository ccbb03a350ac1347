package dev.assay.report.source;

import dev.assay.report.model.Block;
import dev.assay.report.summary.Comparison;
import dev.assay.report.summary.JudgeTally;
import dev.assay.report.summary.MeanScore;
import dev.assay.stats.interval.Interval;
import dev.assay.stats.interval.ProportionInterval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The tallies of one {@code assay judge} run's {@code judgments.jsonl}, read once: pairwise
 * winners, statuses and order outcomes, per model pair when the rows name their models, and the
 * scores of grading runs (single or rubric) per model.
 *
 * <pre>{@code
 * JudgeLog log = JudgeLog.read(Path.of("out/judge"), manifest);
 * JudgeTally t = log.tally();
 * }</pre>
 *
 * @param judge the judge's name
 * @param rewardModel the reward model behind an offline reward-model judge, else null
 * @param rows input rows (from the manifest)
 * @param pairwise true when the judgments are pairwise (have a winner field)
 * @param winners count per winner: a, b, tie, none
 * @param statuses count per status (ok, repaired, unparseable, call_failed)
 * @param outcomes count per order outcome (consistent, inconsistent, single_order, ...)
 * @param failed rows whose model calls failed (from the manifest)
 * @param quarantined unusable rows (from the manifest)
 * @param byModels per pair of models (alphabetical, whichever was shown as A): wins of the first, wins of the second, ties
 * @param scores grading runs: scores per model (or "all")
 * @param examples tables of the judgments people look at (position-swap flips, largest reward gaps)
 */
public record JudgeLog(
    String judge,
    String rewardModel,
    long rows,
    boolean pairwise,
    Map<String, Long> winners,
    Map<String, Long> statuses,
    Map<String, Long> outcomes,
    long failed,
    long quarantined,
    Map<List<String>, long[]> byModels,
    Map<String, List<Double>> scores,
    List<Block> examples) {

  /** Reads {@code runDir}. */
  public static JudgeLog read(Path runDir, JsonNode manifest) {
    List<JsonNode> judges = RunFiles.components(manifest, "judge");
    String judge = judges.isEmpty() ? "unknown" : judges.get(0).path("name").asString();
    String rewardModel = judges.isEmpty() ? null : RunFiles.text(judges.get(0).path("config"), "reward_model", null);
    Map<String, Long> counts = RunFiles.counts(manifest);
    Map<String, Long> winners = new LinkedHashMap<>();
    for (String w : List.of("a", "b", "tie", "none")) {
      winners.put(w, 0L);
    }
    Map<String, Long> statuses = new TreeMap<>();
    Map<String, Long> outcomes = new TreeMap<>();
    Map<List<String>, long[]> byModels = new LinkedHashMap<>();
    Map<String, List<Double>> scores = new TreeMap<>();
    boolean[] pairwise = {false};
    JudgeExamples examples = new JudgeExamples();
    RunFiles.eachLine(runDir.resolve("judgments.jsonl"), (line, row) -> {
      examples.accept(line, row);
      statuses.merge(RunFiles.text(row, "status", "unknown"), 1L, Long::sum);
      if (row.has("winner")) {
        pairwise[0] = true;
        String w = RunFiles.text(row, "winner", "none");
        winners.merge(w, 1L, Long::sum);
        outcomes.merge(RunFiles.text(row, "outcome", "unknown"), 1L, Long::sum);
        if (row.has("model_a") && row.has("model_b") && !w.equals("none")) {
          String ma = row.get("model_a").asString();
          String mb = row.get("model_b").asString();
          boolean swapped = ma.compareTo(mb) > 0; // one entry per pair of models, whichever was shown as A
          long[] t = byModels.computeIfAbsent(swapped ? List.of(mb, ma) : List.of(ma, mb), k -> new long[3]);
          String first = swapped ? "b" : "a";
          t[w.equals(first) ? 0 : w.equals("tie") ? 2 : 1]++;
        }
      } else {
        double s = RunFiles.num(row, row.has("overall") ? "overall" : "score");
        if (Double.isFinite(s)) {
          scores.computeIfAbsent(RunFiles.text(row, "model", "all"), k -> new ArrayList<>()).add(s);
        }
      }
    });
    return new JudgeLog(judge, rewardModel, counts.getOrDefault("rows_in", 0L), pairwise[0], winners, statuses, outcomes,
        counts.getOrDefault("failed", 0L), counts.getOrDefault("quarantined", 0L), byModels, scores, examples.tables(runDir));
  }

  /**
   * Judged pairs per preferred model ("tie" last) when every judged row names its models, so that
   * verdicts count models rather than the position an answer was given in; empty otherwise.
   */
  public Map<String, Long> preferredByModel() {
    Map<String, Long> out = new TreeMap<>();
    long[] ties = {0};
    byModels.forEach((models, t) -> {
      out.merge(models.get(0), t[0], Long::sum);
      out.merge(models.get(1), t[1], Long::sum);
      ties[0] += t[2];
    });
    long named = out.values().stream().mapToLong(Long::longValue).sum() + ties[0];
    if (byModels.isEmpty() || named != winners.get("a") + winners.get("b") + winners.get("tie")) {
      return Map.of();
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    out.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
    ordered.put(TIE, ties[0]);
    return ordered;
  }

  /** The key of {@link #preferredByModel()} for ties. */
  public static final String TIE = "tie";

  /** The pairwise counts as the summary templates take them. */
  public JudgeTally tally() {
    long a = winners.get("a");
    long b = winners.get("b");
    long tie = winners.get("tie");
    long consistent = outcomes.getOrDefault("consistent", 0L);
    long inconsistent = outcomes.getOrDefault("inconsistent", 0L);
    return new JudgeTally(judge, rows, a + b + tie, a, b, tie, failed, statuses.getOrDefault("unparseable", 0L), quarantined,
        consistent + inconsistent, inconsistent);
  }

  /**
   * Per model pair, model_a's share of the decisive prompts (ties left out) with its 95% Wilson
   * interval.
   */
  public List<Comparison> comparisons() {
    List<Comparison> out = new ArrayList<>();
    byModels.forEach((models, t) -> {
      long decisive = t[0] + t[1];
      if (decisive == 0) {
        out.add(new Comparison(models.get(0), models.get(1), 0.5, Double.NaN, Double.NaN, t[2], t[2], 0.95, "prompts"));
        return;
      }
      Interval ci = ProportionInterval.wilson(t[0], decisive, 0.95);
      out.add(new Comparison(models.get(0), models.get(1), "share of decisive prompts won", (double) t[0] / decisive, ci.lower(),
          ci.upper(), decisive, 0, 0.95, "decisive prompts", new Comparison.Preferred(t[0], t[1], t[2], "prompts")));
    });
    return out;
  }

  /** Grading runs: each model's mean score with its standard error (sample SD over the square root of n). */
  public List<MeanScore> meanScores() {
    List<MeanScore> out = new ArrayList<>();
    scores.forEach((model, values) -> {
      int n = values.size();
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
      out.add(new MeanScore(model, mean, n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN, n));
    });
    return out;
  }
}
