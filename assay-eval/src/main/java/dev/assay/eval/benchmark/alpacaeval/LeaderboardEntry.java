package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.stats.rating.GlmWeights;
import dev.assay.stats.rating.WinRateResult;
import java.util.Objects;

/**
 * One model's row of a reproduced AlpacaEval leaderboard, in the leaderboard's units (percent).
 *
 * <pre>{@code
 * LeaderboardEntry e = AlpacaEvalLeaderboard.compute(sets, weights, Options.defaults()).get(0);
 * e.winRate().winRate();            // 10.13 ...
 * e.lengthControlledWinRate();      // from published weights when there are some, else fitted
 * }</pre>
 *
 * @param model the model's name
 * @param annotations records read (valid + dropped)
 * @param dropped records whose preference AlpacaEval drops (missing, null or outside [1, 2])
 * @param winRate AlpacaEval's head-to-head metrics ({@code win_rate} ... {@code discrete_win_rate})
 * @param avgLength {@code avg_length} from the annotations' {@code output_2}
 * @param lengthControlledWinRate the LC win rate reported: {@link #lcPublished} when the model has
 *     published weights, else {@link #lcFitted}; {@code NaN} when neither is available
 * @param lcStandardError its standard error (AlpacaEval's: of the per-instruction predictions)
 * @param lcMethod {@code published_weights}, {@code fitted}, {@code baseline} or {@code none}
 * @param lcPublished LC win rate from the published GLM weights and our difficulties, {@code NaN}
 *     without published weights
 * @param lcPublishedStandardError its standard error, or {@code NaN}
 * @param lcFitted LC win rate from our own GLM fit, {@code NaN} when not fitted
 * @param lcFittedStandardError its standard error, or {@code NaN}
 * @param fittedWeights the fitted GLM weights, or {@code null}
 * @param fittedC the cross-validated inverse L1 strength of the fit, or {@code NaN}
 * @param lcGlm {@code length_controlled_v1} (with gamed-baseline rows), {@code length_controlled_noreg},
 *     or {@code length_controlled_minimal} (no difficulty)
 */
public record LeaderboardEntry(
    String model,
    long annotations,
    long dropped,
    WinRateResult winRate,
    long avgLength,
    double lengthControlledWinRate,
    double lcStandardError,
    String lcMethod,
    double lcPublished,
    double lcPublishedStandardError,
    double lcFitted,
    double lcFittedStandardError,
    GlmWeights fittedWeights,
    double fittedC,
    String lcGlm) {
  /** Validates. */
  public LeaderboardEntry {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(winRate, "winRate");
    Objects.requireNonNull(lcMethod, "lcMethod");
    Objects.requireNonNull(lcGlm, "lcGlm");
    if (annotations != winRate.nTotal() + dropped) {
      throw new IllegalArgumentException(
          model + ": expected annotations = n_total + dropped, found " + annotations + " != "
              + winRate.nTotal() + " + " + dropped);
    }
  }
}
