package dev.assay.stats.rating;

/**
 * AlpacaEval 2.0's length-controlled win rate of one model against the baseline, with what
 * AlpacaEval reports beside it.
 *
 * <pre>{@code
 * LengthControlledResult r = LengthControlledWinRate.fit(rows, List.of(), Config.alpacaEval());
 * r.winRate();        // length_controlled_winrate, percent
 * r.standardError();  // lc_standard_error, percent
 * r.weights();        // the fitted GLM weights
 * }</pre>
 *
 * @param winRate {@code length_controlled_winrate}: the mean over instructions of the predicted
 *     preference with the length term zeroed, times 100
 * @param standardError {@code lc_standard_error}: the standard error of that mean over
 *     instructions (sample standard deviation, ddof = 1, over the square root of their number),
 *     times 100, as AlpacaEval computes it. It treats the per-instruction predictions as the data:
 *     it ignores the uncertainty of the fitted weights and of the judge, so it is much smaller than
 *     the raw win rate's {@code standard_error}. {@code NaN} for a single instruction.
 * @param weights the GLM weights used (fitted, or given to the prediction-only path)
 * @param c the inverse L1 penalty strength chosen by cross-validation (or the only one
 *     configured); {@code NaN} when the weights were given, not fitted
 * @param trainingRows rows the GLM was fitted on (the model's annotated rows plus any gamed-baseline
 *     regularisation rows); 0 when the weights were given
 * @param predictedRows instructions averaged over for {@code winRate}
 */
public record LengthControlledResult(
    double winRate,
    double standardError,
    GlmWeights weights,
    double c,
    int trainingRows,
    int predictedRows) {}
