package dev.assay.stats.rating;

import java.util.Collection;
import java.util.Objects;

/**
 * AlpacaEval's win rate with ties, following {@code alpaca_eval.metrics.winrate.get_winrate}.
 *
 * <p>A preference is a number in [1, 2]: 1 means the baseline ({@code output_1}) is preferred, 2
 * means the model ({@code output_2}) is preferred, 1.5 is a draw and values in between are soft
 * (weighted) preferences. AlpacaEval's conventions, reproduced exactly:
 *
 * <ul>
 *   <li>0 is an old encoding of a draw and is read as 1.5;
 *   <li>a missing preference ({@code NaN} here) is dropped: it counts in none of the totals;
 *   <li>a value outside [1, 2] (after the 0 rule) is not a preference and is dropped too;
 *   <li>{@code n_draws} counts values equal to 1.5 or 0; {@code n_wins} counts values above 1.5 and
 *       {@code n_wins_base} values below 1.5, so a soft 1.6 is a win;
 *   <li>{@code win_rate} is the mean of {@code preference - 1} times 100 and {@code
 *       standard_error} its standard error (ddof = 1) times 100;
 *   <li>{@code discrete_win_rate} rounds each preference (half to even, after mapping exact 1.5 to
 *       a draw) to 1, 1.5 or 2 first.
 * </ul>
 *
 * <pre>{@code
 * double[] prefs = {2.0, 1.0, 1.5, 1.8, Double.NaN};
 * WinRateResult r = AlpacaWinRate.compute(prefs);   // nTotal = 4, winRate = 57.5
 * }</pre>
 */
public final class AlpacaWinRate {
  private AlpacaWinRate() {}

  /**
   * Computes the head-to-head metrics.
   *
   * @param preferences one preference per instruction; {@code NaN} marks a missing annotation
   * @throws IllegalArgumentException if the array is empty or holds no valid preference
   */
  public static WinRateResult compute(double[] preferences) {
    Objects.requireNonNull(preferences, "preferences");
    if (preferences.length == 0) {
      throw new IllegalArgumentException("preferences: expected at least one, found none");
    }
    long draws = 0;
    long wins = 0;
    long winsBase = 0;
    double[] valid = new double[preferences.length];
    int n = 0;
    for (double raw : preferences) {
      double p = raw == 0.0 ? 1.5 : raw;
      if (p == 1.5) {
        draws++;
      }
      if (!(p >= 1.0 && p <= 2.0)) {
        continue; // NaN or out of range: not a preference
      }
      double x = p - 1.0;
      valid[n++] = x;
      if (x > 0.5) {
        wins++;
      } else if (x < 0.5) {
        winsBase++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException(
          "preferences: expected at least one value in [1, 2] (or 0 for a draw), found none");
    }
    double mean = PairwiseSum.sum(valid, 0, n) / n;
    double se = Double.NaN;
    if (n > 1) {
      double[] sq = new double[n];
      for (int i = 0; i < n; i++) {
        double d = valid[i] - mean;
        sq[i] = d * d;
      }
      se = Math.sqrt(PairwiseSum.sum(sq, 0, n) / (n - 1)) / Math.sqrt(n);
    }
    return new WinRateResult(
        mean * 100.0, se * 100.0, wins, winsBase, draws, n, discreteWinRate(preferences));
  }

  /**
   * AlpacaEval's {@code avg_length}: the integer part of the mean length, in Unicode code points
   * (Python's {@code len}), of the model's outputs.
   *
   * <pre>{@code
   * AlpacaWinRate.averageLength(List.of("ab", "abcd"));  // 3
   * }</pre>
   *
   * @throws IllegalArgumentException if there are no outputs
   */
  public static long averageLength(Collection<String> outputs) {
    Objects.requireNonNull(outputs, "outputs");
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("outputs: expected at least one, found none");
    }
    double[] lengths = new double[outputs.size()];
    int i = 0;
    for (String s : outputs) {
      lengths[i++] = s.codePointCount(0, s.length());
    }
    return (long) (PairwiseSum.sum(lengths, 0, lengths.length) / lengths.length);
  }

  private static double discreteWinRate(double[] preferences) {
    double[] valid = new double[preferences.length];
    int n = 0;
    for (double raw : preferences) {
      if (Double.isNaN(raw)) {
        continue;
      }
      double q = Math.rint(raw == 1.5 ? 0.0 : raw);
      if (q == 0.0) {
        q = 1.5;
      }
      if (q >= 1.0 && q <= 2.0) {
        valid[n++] = q - 1.0;
      }
    }
    return n == 0 ? Double.NaN : PairwiseSum.sum(valid, 0, n) / n * 100.0;
  }
}
