package dev.assay.stats.hypothesis;

import java.util.SplittableRandom;

/**
 * Paired permutation (sign-flip) test of a zero mean difference: under the null hypothesis each
 * pair's two values are exchangeable, so each difference {@code d_i = a_i - b_i} is as likely to
 * carry either sign. The statistic is the mean difference and the two-sided p-value is the share
 * of sign assignments whose mean is at least as far from 0 as the observed one (sums within
 * {@code 1e-10 * sum|d_i|} of the observed one count as ties, so rounding never breaks a tie).
 *
 * <ul>
 *   <li><b>Exact</b> when all {@code 2^n} assignments fit in the budget ({@code 2^n <=
 *       resamples}, scipy's rule): the p-value equals {@code scipy.stats.permutation_test(...,
 *       permutation_type="samples")} with the mean difference as statistic.
 *   <li><b>Monte Carlo</b> otherwise: {@code resamples} random assignments from a {@link
 *       SplittableRandom} with the given seed, p-value {@code (1 + hits) / (1 + resamples)}, which
 *       never returns 0 and is valid (Phipson and Smyth 2010). scipy instead doubles the smaller
 *       one-sided Monte Carlo p-value; both estimate the same quantity.
 * </ul>
 *
 * <pre>{@code
 * TestResult r = PairedPermutationTest.test(scoresA, scoresB, 9_999, 42L);
 * r.statistic(); // mean(a - b)
 * r.method();    // "permutation-exact" or "permutation-monte-carlo"
 * }</pre>
 */
public final class PairedPermutationTest {
  /** The largest n enumerated exactly by {@link #exact}. */
  public static final int MAX_EXACT_PAIRS = 30;

  private PairedPermutationTest() {}

  /** Exact when {@code 2^n <= resamples}, Monte Carlo with {@code resamples} draws otherwise. */
  public static TestResult test(double[] a, double[] b, int resamples, long seed) {
    double[] d = differences(a, b);
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "permutation test: resamples must be >= 1, found " + resamples);
    }
    if (d.length < 31 && (1L << d.length) <= resamples) {
      return exactOf(d);
    }
    return monteCarloOf(d, resamples, seed);
  }

  /** Full enumeration of the {@code 2^n} sign assignments ({@code n <= 30}). */
  public static TestResult exact(double[] a, double[] b) {
    double[] d = differences(a, b);
    if (d.length > MAX_EXACT_PAIRS) {
      throw new IllegalArgumentException(
          "permutation test: exact enumeration supports at most " + MAX_EXACT_PAIRS
              + " pairs, found " + d.length + "; use test(a, b, resamples, seed)");
    }
    return exactOf(d);
  }

  private static TestResult exactOf(double[] d) {
    int n = d.length;
    double observed = sum(d);
    double bar = threshold(observed, d);
    // Walk the sign assignments in Gray-code order: each step flips one sign.
    double s = observed;
    boolean[] flipped = new boolean[n];
    long hits = Math.abs(s) >= bar ? 1 : 0;
    long total = 1L << n;
    for (long g = 1; g < total; g++) {
      int bit = Long.numberOfTrailingZeros(g);
      s += flipped[bit] ? 2 * d[bit] : -2 * d[bit];
      flipped[bit] = !flipped[bit];
      if (Math.abs(s) >= bar) {
        hits++;
      }
    }
    return new TestResult(observed / n, (double) hits / total, "permutation-exact");
  }

  private static TestResult monteCarloOf(double[] d, int resamples, long seed) {
    int n = d.length;
    double observed = sum(d);
    double bar = threshold(observed, d);
    SplittableRandom rng = new SplittableRandom(seed);
    long hits = 0;
    for (int r = 0; r < resamples; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += rng.nextBoolean() ? d[i] : -d[i];
      }
      if (Math.abs(s) >= bar) {
        hits++;
      }
    }
    return new TestResult(
        observed / n, (1.0 + hits) / (1.0 + resamples), "permutation-monte-carlo");
  }

  /**
   * Sums within {@code 1e-10 * sum|d_i|} of the observed magnitude count as ties: rounding in
   * the running sums is far smaller, so genuine ties are never missed.
   */
  private static double threshold(double observed, double[] d) {
    double scale = 0;
    for (double v : d) {
      scale += Math.abs(v);
    }
    return Math.abs(observed) - 1e-10 * scale;
  }

  private static double sum(double[] d) {
    double s = 0;
    for (double v : d) {
      s += v;
    }
    return s;
  }

  static double[] differences(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired test: length mismatch, " + a.length + " and " + b.length);
    }
    if (a.length == 0) {
      throw new IllegalArgumentException("paired test: empty input");
    }
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
      if (!Double.isFinite(d[i])) {
        throw new IllegalArgumentException(
            "paired test: values at index " + i + " must be finite, found " + a[i] + " and "
                + b[i]);
      }
    }
    return d;
  }
}
