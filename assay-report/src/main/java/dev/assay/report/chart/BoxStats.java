package dev.assay.report.chart;

import java.util.Arrays;

/**
 * The five numbers a box plot draws (minimum, quartiles, maximum) and the sample size.
 * Quartiles interpolate linearly between order statistics (NumPy's and R's default, type 7).
 *
 * <pre>{@code
 * BoxStats s = BoxStats.of(new double[] {1, 2, 3, 4, 5});   // q1 = 2, median = 3, q3 = 4
 * }</pre>
 *
 * @param n how many values
 * @param min smallest value
 * @param q1 first quartile
 * @param median median
 * @param q3 third quartile
 * @param max largest value
 */
public record BoxStats(long n, double min, double q1, double median, double q3, double max) {

  /** The summary of {@code values} (at least one, all finite); the array is not changed. */
  public static BoxStats of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a box plot needs at least one value");
    }
    ChartParts.requireFinite("box plot sample", values);
    double[] s = values.clone();
    Arrays.sort(s);
    return new BoxStats(
        s.length, s[0], quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), s[s.length - 1]);
  }

  /** The q-quantile of sorted data, interpolating linearly between neighbours. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
