package dev.assay.stats.interval;

/**
 * Standard error of a sample mean: the sample standard deviation (divisor {@code n - 1}) over
 * {@code sqrt(n)}, i.e. {@code scipy.stats.sem(x)} with its default {@code ddof=1}.
 *
 * <pre>{@code
 * StandardError.ofMean(new double[] {1, 2, 3, 4}); // sqrt(5/3) / 2 = 0.6455
 * }</pre>
 */
public final class StandardError {
  private StandardError() {}

  /** The standard error of the mean; {@code NaN} for a single value (the spread is unknown). */
  public static double ofMean(double[] values) {
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("standard error: empty input");
    }
    double mean = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "standard error: value at index " + i + " must be finite, found " + values[i]);
      }
      mean += (values[i] - mean) / (i + 1);
    }
    if (n == 1) {
      return Double.NaN;
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (n - 1) / n);
  }
}
