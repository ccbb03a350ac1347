package dev.assay.stats.rating;

/**
 * Quantiles of sorted data with NumPy's default ("linear", type 7) interpolation, including
 * NumPy's two-sided lerp, so that bootstrap intervals equal pandas' {@code quantile}.
 *
 * <pre>{@code
 * double lo = Quantile.ofSorted(sorted, 0.025);
 * }</pre>
 */
final class Quantile {
  private Quantile() {}

  static double ofSorted(double[] sorted, double q) {
    int n = sorted.length;
    double h = (n - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double t = h - lo;
    double a = sorted[lo];
    double b = sorted[lo + 1];
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
