package dev.assay.stats.hypothesis;

/**
 * The exact sign test, with statsmodels' {@code sign_test} conventions: values equal to the
 * hypothesised median are discarded, the statistic is {@code M = (N+ - N-) / 2} and the two-sided
 * p-value is the exact binomial one, {@code min(1, 2 P(X <= min(N+, N-)))} with {@code X ~
 * Binomial(N+ + N-, 1/2)} (equal to {@code scipy.stats.binomtest(min, n, 0.5).pvalue}).
 *
 * <p><b>No informative pairs.</b> When every value equals the median (or the input is empty of
 * non-ties) the test has no information: the statistic is 0 and the p-value 1 (scipy raises).
 *
 * <pre>{@code
 * SignTest.counts(9, 1);                  // M = 4, p = 0.021484375
 * SignTest.paired(modelA, modelB);        // signs of a[i] - b[i]
 * SignTest.oneSample(x, 6.5);             // signs of x[i] - 6.5
 * }</pre>
 */
public final class SignTest {
  private SignTest() {}

  /** The test from the numbers of positive and negative signs. */
  public static TestResult counts(long positives, long negatives) {
    if (positives < 0 || negatives < 0) {
      throw new IllegalArgumentException(
          "sign test: counts must be >= 0, found " + positives + " and " + negatives);
    }
    double m = (positives - negatives) / 2.0;
    double p = BinomialTail.twoSidedHalf(Math.min(positives, negatives), positives + negatives);
    return new TestResult(m, p, "sign-exact");
  }

  /** The test on the signs of {@code x[i] - median}. */
  public static TestResult oneSample(double[] x, double median) {
    long pos = 0;
    long neg = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        throw new IllegalArgumentException("sign test: value at index " + i + " is NaN");
      }
      if (x[i] > median) {
        pos++;
      } else if (x[i] < median) {
        neg++;
      }
    }
    return counts(pos, neg);
  }

  /** The test on the signs of the paired differences {@code a[i] - b[i]}. */
  public static TestResult paired(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "sign test: length mismatch, " + a.length + " and " + b.length);
    }
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return oneSample(d, 0.0);
  }
}
