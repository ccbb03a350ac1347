package dev.assay.stats.hypothesis;

import org.apache.commons.math3.special.Erf;

/**
 * McNemar's test of marginal homogeneity on a paired 2x2 table, with statsmodels' {@code
 * mcnemar(table, exact, correction)} semantics. The table is read row-major: {@code a = [0][0]},
 * {@code b = [0][1]}, {@code c = [1][0]}, {@code d = [1][1]}; only the discordant cells {@code b}
 * and {@code c} matter. For two models graded on the same items, {@code b} counts items only the
 * first got right and {@code c} items only the second got right.
 *
 * <ul>
 *   <li>{@link #exact}: statistic {@code min(b, c)}, p-value {@code min(1, 2 P(X <= min(b, c)))}
 *       with {@code X ~ Binomial(b + c, 1/2)}; with {@code b + c = 0} the p-value is 1.
 *   <li>{@link #chiSquare}: statistic {@code (|b - c| - k)^2 / (b + c)} with {@code k = 1} with
 *       continuity correction and 0 without, p-value from chi-square with 1 degree of freedom.
 *       Like statsmodels (and R) the corrected statistic is not clamped at 0 when {@code |b - c|
 *       < 1}. With {@code b + c = 0} the statistic is 0/0: statistic and p-value are NaN, as in
 *       statsmodels.
 * </ul>
 *
 * <pre>{@code
 * McNemar.exact(101, 121, 59, 33);            // statistic 59, p = 4.0e-6
 * McNemar.chiSquare(101, 121, 59, 33, true);  // statistic 20.672, p = 5.45e-6
 * }</pre>
 */
public final class McNemar {
  private McNemar() {}

  /** The exact (binomial) test. */
  public static TestResult exact(long a, long b, long c, long d) {
    check(a, b, c, d);
    long n = b + c;
    double p = BinomialTail.twoSidedHalf(Math.min(b, c), n);
    return new TestResult(Math.min(b, c), p, "mcnemar-exact");
  }

  /** The chi-square test, with or without continuity correction. */
  public static TestResult chiSquare(long a, long b, long c, long d, boolean correction) {
    check(a, b, c, d);
    String method = correction ? "mcnemar-chi2-corrected" : "mcnemar-chi2";
    long n = b + c;
    if (n == 0) {
      return new TestResult(Double.NaN, Double.NaN, method);
    }
    double diff = Math.abs(b - c) - (correction ? 1.0 : 0.0);
    double stat = diff * diff / n;
    // Chi-square with 1 degree of freedom is the square of a standard normal, so its survival
    // function is erfc(sqrt(stat / 2)); this keeps precision in the far tail.
    double p = Erf.erfc(Math.sqrt(stat / 2));
    return new TestResult(stat, p, method);
  }

  /** Parses a table given row-major as {@code {a, b, c, d}} and runs the chosen variant. */
  public static TestResult test(long[] table, boolean exact, boolean correction) {
    if (table.length != 4) {
      throw new IllegalArgumentException(
          "McNemar: table must have 4 cells a,b,c,d, found " + table.length);
    }
    return exact
        ? exact(table[0], table[1], table[2], table[3])
        : chiSquare(table[0], table[1], table[2], table[3], correction);
  }

  private static void check(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException(
          "McNemar: counts must be >= 0, found a=" + a + " b=" + b + " c=" + c + " d=" + d);
    }
  }
}
