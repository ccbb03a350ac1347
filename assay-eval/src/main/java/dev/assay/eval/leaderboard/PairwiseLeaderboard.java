package dev.assay.eval.leaderboard;

import dev.assay.stats.rating.BattleOutcome;
import dev.assay.stats.rating.BootstrapConfig;
import dev.assay.stats.rating.BootstrapRatings;
import dev.assay.stats.rating.BradleyTerry;
import dev.assay.stats.rating.BradleyTerryBootstrap;
import dev.assay.stats.rating.LengthControlledWinRate;
import dev.assay.stats.rating.PairwiseCounts;
import dev.assay.stats.rating.RatedModel;
import dev.assay.stats.rating.RatingScale;
import dev.assay.stats.rating.RatingTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A leaderboard of several models from pairwise judgments: win rates against a baseline ({@link
 * BaselineWinRates}), Bradley-Terry ratings with bootstrap intervals over all pairs (FastChat's
 * scale: 400, base 10, mean 1000; ties half a win), the judge's position bias and flip rate ({@link
 * JudgeConsistency}) and judge-human agreement ({@link HumanAgreement}).
 *
 * <pre>{@code
 * List<PairwiseJudgmentRow> rows = PairwiseJudgmentReader.read(List.of(Path.of("judgments.jsonl")));
 * PairwiseLeaderboard.Report r = PairwiseLeaderboard.compute(rows, PairwiseLeaderboard.Options.defaults());
 * r.models().get(0).model();   // the best-rated model
 * }</pre>
 */
public final class PairwiseLeaderboard {
  private PairwiseLeaderboard() {}

  /**
   * Settings.
   *
   * @param baseline the baseline model, or {@code null} for the model in the most pairs
   * @param bootstrapRounds bootstrap rounds for the ratings and the win-rate intervals (0 = none)
   * @param seed seed of every bootstrap
   * @param confidence central mass of every interval
   * @param threads threads of the Bradley-Terry bootstrap
   * @param lengthControlled whether to fit the length-controlled win rate when lengths are given
   * @param glm the GLM's settings (AlpacaEval's)
   * @param jointC inverse L1 strength of the joint difficulty model
   */
  public record Options(
      String baseline, int bootstrapRounds, long seed, double confidence, int threads,
      boolean lengthControlled, LengthControlledWinRate.Config glm, double jointC) {
    /** Validates. */
    public Options {
      if (bootstrapRounds < 0) {
        throw new IllegalArgumentException("bootstrap: expected rounds >= 0, found " + bootstrapRounds);
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("confidence: expected a number in (0, 1), found " + confidence);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads: expected >= 1, found " + threads);
      }
      Objects.requireNonNull(glm, "glm");
    }

    /** No fixed baseline, 1,000 rounds, seed 42, 95%, all processors, length control on. */
    public static Options defaults() {
      return new Options(null, 1000, 42, 0.95, Runtime.getRuntime().availableProcessors(), true,
          LengthControlledWinRate.Config.alpacaEval(), 10.0);
    }

    /** A copy with another baseline. */
    public Options withBaseline(String b) {
      return new Options(b, bootstrapRounds, seed, confidence, threads, lengthControlled, glm, jointC);
    }

    /** A copy with another number of bootstrap rounds. */
    public Options withBootstrapRounds(int r) {
      return new Options(baseline, r, seed, confidence, threads, lengthControlled, glm, jointC);
    }
  }

  /**
   * One model's row.
   *
   * @param model the model
   * @param pairs judged pairs the model took part in
   * @param rating Bradley-Terry rating (NaN with fewer than two models)
   * @param lower lower bootstrap bound (NaN without bootstrap)
   * @param upper upper bootstrap bound (NaN without bootstrap)
   * @param rank FastChat's rank: 1 + models whose lower bound exceeds this model's upper bound
   * @param vsBaseline the win rates against the baseline, or {@code null} (the baseline itself)
   */
  public record ModelRow(
      String model, long pairs, double rating, double lower, double upper, int rank, BaselineWinRates.Result vsBaseline) {}

  /**
   * The leaderboard.
   *
   * @param baseline the baseline used
   * @param rows judgment rows read
   * @param judged rows with a verdict (in the ratings)
   * @param unjudged rows without one (counted, not rated)
   * @param models one row per model, best rating first
   * @param consistency the judge's order effects, or {@code null} without both-order verdicts
   * @param human judge-human agreement, or {@code null} without human labels
   */
  public record Report(
      String baseline, long rows, long judged, long unjudged, List<ModelRow> models,
      JudgeConsistency consistency, HumanAgreement human) {
    /** Copies. */
    public Report {
      models = List.copyOf(models);
    }
  }

  /** Computes the leaderboard. */
  public static Report compute(List<PairwiseJudgmentRow> rows, Options options) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows: expected at least one judgment, found none");
    }
    String baseline = options.baseline() != null ? options.baseline() : mostFrequent(rows);
    if (rows.stream().noneMatch(r -> r.involves(baseline))) {
      throw new IllegalArgumentException("baseline: model '" + baseline + "' is in no pair");
    }
    PairwiseCounts.Builder b = PairwiseCounts.builder();
    Map<String, Long> pairs = new LinkedHashMap<>();
    long judged = 0;
    for (PairwiseJudgmentRow r : rows) {
      pairs.putIfAbsent(r.modelA(), 0L);
      pairs.putIfAbsent(r.modelB(), 0L);
      if (!r.judged()) {
        continue;
      }
      judged++;
      pairs.merge(r.modelA(), 1L, Long::sum);
      pairs.merge(r.modelB(), 1L, Long::sum);
      Choice c = r.choice();
      b.add(r.modelA(), r.modelB(), c == Choice.A ? BattleOutcome.MODEL_A : c == Choice.B ? BattleOutcome.MODEL_B : BattleOutcome.TIE);
    }
    Map<String, double[]> ratings = ratings(b, judged, options);
    Map<String, BaselineWinRates.Result> vs = BaselineWinRates.of(rows, baseline, options);
    List<ModelRow> models = new ArrayList<>();
    for (String m : pairs.keySet()) {
      double[] r = ratings.getOrDefault(m, new double[] {Double.NaN, Double.NaN, Double.NaN, 0});
      models.add(new ModelRow(m, pairs.get(m), r[0], r[1], r[2], (int) r[3], vs.get(m)));
    }
    models.sort((x, y) -> Double.compare(nanLow(y.rating()), nanLow(x.rating())));
    return new Report(baseline, rows.size(), judged, rows.size() - judged, models,
        JudgeConsistency.of(rows), HumanAgreement.of(rows, options.confidence()));
  }

  private static double nanLow(double x) {
    return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
  }

  /** model -> {rating, lower, upper, rank}. */
  private static Map<String, double[]> ratings(PairwiseCounts.Builder b, long judged, Options options) {
    Map<String, double[]> out = new HashMap<>();
    if (judged == 0) {
      return out;
    }
    PairwiseCounts counts = b.build();
    if (counts.modelCount() < 2) {
      return out;
    }
    if (options.bootstrapRounds() == 0) {
      RatingTable t = BradleyTerry.fit(counts, RatingScale.FASTCHAT);
      Map<String, Double> sorted = t.sortedDescending();
      sorted.forEach((m, v) -> out.put(m, new double[] {v, Double.NaN, Double.NaN,
          1 + sorted.values().stream().filter(x -> x > v).count()}));
      return out;
    }
    BootstrapRatings br = BradleyTerryBootstrap.run(counts, RatingScale.FASTCHAT,
        new BootstrapConfig(options.bootstrapRounds(), options.seed(), options.threads(), options.confidence()));
    for (RatedModel m : br.ratings()) {
      out.put(m.model(), new double[] {m.rating(), m.lower(), m.upper(), m.rank()});
    }
    return out;
  }

  private static String mostFrequent(List<PairwiseJudgmentRow> rows) {
    Map<String, Long> n = new LinkedHashMap<>();
    for (PairwiseJudgmentRow r : rows) {
      n.merge(r.modelA(), 1L, Long::sum);
      n.merge(r.modelB(), 1L, Long::sum);
    }
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
