package dev.assay.eval.leaderboard;

import dev.assay.eval.benchmark.alpacaeval.AlpacaEvalLeaderboard;
import dev.assay.eval.benchmark.alpacaeval.AlpacaEvalResult;
import dev.assay.eval.benchmark.alpacaeval.Annotation;
import dev.assay.eval.benchmark.alpacaeval.AnnotationSet;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardEntry;
import dev.assay.stats.interval.Bootstrap;
import dev.assay.stats.interval.BootstrapOptions;
import dev.assay.stats.interval.Interval;
import dev.assay.stats.interval.ProportionInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each model's win rate against a baseline, computed the AlpacaEval way: the pairs with the
 * baseline are turned into AlpacaEval annotations (preference 2 = the model preferred, the
 * baseline's output as {@code output_1}) and handed to {@link AlpacaEvalLeaderboard}, which gives
 * the win rate (ties and soft preferences count by their value), its standard error, the counts,
 * the discrete win rate and, when every pair has both output lengths, the length-controlled win rate
 * (AlpacaEval's GLM fitted per model; instruction difficulties from AlpacaEval's joint model over
 * all models when the same ids recur across models). Intervals: Wilson on the decisive pairs (wins
 * out of wins + losses) and a percentile bootstrap of the win rate.
 *
 * <pre>{@code
 * Map<String, BaselineWinRates.Result> r = BaselineWinRates.of(rows, "gpt-3.5-turbo", options);
 * r.get("mine").alpaca().winRate().winRate();   // percent
 * r.get("mine").bootstrap().lower();            // percent
 * }</pre>
 */
public final class BaselineWinRates {
  private BaselineWinRates() {}

  /**
   * One model against the baseline.
   *
   * @param model the model
   * @param alpaca AlpacaEval's columns (win_rate ... avg_length, length-controlled win rate when
   *     lengths were given; {@code avg_length} is 0 without lengths)
   * @param wilson Wilson interval of wins / (wins + losses), in percent
   * @param bootstrap percentile bootstrap interval of the win rate, in percent (NaN bounds without
   *     bootstrap rounds or with fewer than two judged pairs)
   * @param hasLengths whether every pair had both output lengths
   */
  public record Result(String model, LeaderboardEntry alpaca, Interval wilson, Interval bootstrap, boolean hasLengths) {}

  /** Computes every model's result against {@code baseline}; models without such pairs are left out. */
  public static Map<String, Result> of(List<PairwiseJudgmentRow> rows, String baseline, PairwiseLeaderboard.Options options) {
    Map<String, List<Annotation>> byModel = new LinkedHashMap<>();
    boolean lengths = true;
    for (PairwiseJudgmentRow r : rows) {
      if (!r.involves(baseline)) {
        continue;
      }
      boolean modelIsB = r.modelA().equals(baseline);
      String model = modelIsB ? r.modelB() : r.modelA();
      double p = !r.judged() ? Double.NaN : modelIsB ? r.preference() : 3 - r.preference();
      long lb = r.hasLengths() ? (modelIsB ? r.lengthA() : r.lengthB()) : 0;
      long lm = r.hasLengths() ? (modelIsB ? r.lengthB() : r.lengthA()) : 0;
      lengths &= r.hasLengths();
      byModel.computeIfAbsent(model, k -> new ArrayList<>()).add(new Annotation(r.id(), p, lb, lm, r.location()));
    }
    List<AnnotationSet> sets = new ArrayList<>();
    boolean enough = true;
    for (Map.Entry<String, List<Annotation>> e : byModel.entrySet()) {
      AnnotationSet s = new AnnotationSet(e.getKey(), baseline, e.getKey(), "vs " + baseline, e.getValue());
      if (s.annotations().stream().filter(Annotation::valid).count() == 0) {
        continue; // no judged pair: reported as unjudged rows, no win rate
      }
      enough &= s.annotations().stream().filter(Annotation::valid).count() >= options.glm().folds();
      sets.add(s);
    }
    if (sets.isEmpty()) {
      return Map.of();
    }
    boolean fit = lengths && enough && options.lengthControlled();
    AlpacaEvalLeaderboard.Options ao =
        new AlpacaEvalLeaderboard.Options(fit, options.glm(), options.jointC(), dev.assay.stats.rating.InstructionDifficulty.Config.defaults());
    AlpacaEvalResult result = AlpacaEvalLeaderboard.compute(sets, Map.of(), ao);
    Map<String, Result> out = new LinkedHashMap<>();
    for (LeaderboardEntry e : result.entries()) {
      AnnotationSet s = sets.stream().filter(x -> x.model().equals(e.model())).findFirst().orElseThrow();
      double[] x = s.annotations().stream().filter(Annotation::valid)
          .mapToDouble(a -> (a.preference() == 0 ? 1.5 : a.preference()) - 1).toArray();
      Interval boot =
          x.length < 2 || options.bootstrapRounds() == 0
              ? new Interval(Double.NaN, Double.NaN, options.confidence(), "percentile")
              : scale(Bootstrap.mean(x, new BootstrapOptions(options.bootstrapRounds(), options.confidence(), Bootstrap.Method.PERCENTILE, options.seed())));
      long decisive = e.winRate().nWins() + e.winRate().nWinsBase();
      Interval wilson = scale(ProportionInterval.wilson(e.winRate().nWins(), decisive, options.confidence()));
      out.put(e.model(), new Result(e.model(), e, wilson, boot, lengths));
    }
    return out;
  }

  private static Interval scale(Interval i) {
    return new Interval(i.lower() * 100, i.upper() * 100, i.confidence(), i.method());
  }
}
