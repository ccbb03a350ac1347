package dev.assay.stats.rating;

/**
 * Head-to-head metrics of a model against a baseline, in the units of the AlpacaEval leaderboard
 * (rates and standard error in percent).
 *
 * <pre>{@code
 * WinRateResult r = AlpacaWinRate.compute(new double[] {2.0, 1.0, 1.5, 1.8});
 * r.winRate();          // 57.5 (mean of preference - 1, times 100)
 * r.discreteWinRate();  // 62.5 (each preference rounded to win, loss or draw)
 * }</pre>
 *
 * @param winRate mean of {@code preference - 1} over valid preferences, times 100
 * @param standardError standard error of that mean (sample standard deviation, ddof = 1), times
 *     100; {@code NaN} when fewer than two valid preferences
 * @param nWins valid preferences above 1.5 (the model wins)
 * @param nWinsBase valid preferences below 1.5 (the baseline wins)
 * @param nDraws preferences equal to 1.5 or 0 (AlpacaEval's two encodings of a draw)
 * @param nTotal valid preferences (within [1, 2] once 0 is read as 1.5; missing ones excluded)
 * @param discreteWinRate win rate after rounding every preference to 1, 1.5 or 2, times 100
 */
public record WinRateResult(
    double winRate,
    double standardError,
    long nWins,
    long nWinsBase,
    long nDraws,
    long nTotal,
    double discreteWinRate) {}
