package dev.assay.stats.similarity;

import java.util.Arrays;
import java.util.Objects;

/**
 * Squared maximum mean discrepancy (MMD^2) between two samples of vectors with the Gaussian (RBF)
 * kernel {@code k(a, b) = exp(-gamma |a - b|^2)} (Gretton et al. 2012). The unbiased estimator
 * leaves out the diagonal of the within-sample kernel sums (it can be slightly negative); the
 * biased one (a V-statistic) keeps it. {@link #medianHeuristicGamma} sets {@code gamma = 1 / (2
 * sigma^2)} with {@code sigma} the median pairwise Euclidean distance in the pooled sample.
 * O((n + m)^2 d) time.
 *
 * <pre>{@code
 * double gamma = MaximumMeanDiscrepancy.medianHeuristicGamma(x, y);
 * double mmd2 = MaximumMeanDiscrepancy.unbiased(x, y, gamma);
 * }</pre>
 */
public final class MaximumMeanDiscrepancy {
  private MaximumMeanDiscrepancy() {}

  /** Unbiased MMD^2 (needs at least 2 vectors per sample). */
  public static double unbiased(double[][] x, double[][] y, double gamma) {
    check(x, y, gamma, 2);
    double kxx = withinSum(x, gamma) / ((double) x.length * (x.length - 1));
    double kyy = withinSum(y, gamma) / ((double) y.length * (y.length - 1));
    double kxy = crossSum(x, y, gamma) / ((double) x.length * y.length);
    return kxx + kyy - 2 * kxy;
  }

  /** Biased MMD^2 (V-statistic; diagonal terms included, never negative). */
  public static double biased(double[][] x, double[][] y, double gamma) {
    check(x, y, gamma, 1);
    double kxx = (withinSum(x, gamma) + x.length) / ((double) x.length * x.length);
    double kyy = (withinSum(y, gamma) + y.length) / ((double) y.length * y.length);
    double kxy = crossSum(x, y, gamma) / ((double) x.length * y.length);
    return kxx + kyy - 2 * kxy;
  }

  /**
   * {@code 1 / (2 median^2)} with the median of the pairwise distances between distinct vectors of
   * the pooled sample (NumPy's median: the mean of the two middle values for an even count).
   *
   * @throws IllegalArgumentException if all pooled vectors coincide
   */
  public static double medianHeuristicGamma(double[][] x, double[][] y) {
    check(x, y, 1.0, 1);
    double[][] all = new double[x.length + y.length][];
    System.arraycopy(x, 0, all, 0, x.length);
    System.arraycopy(y, 0, all, x.length, y.length);
    int n = all.length;
    double[] d = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[k++] = Math.sqrt(squared(all[i], all[j]));
      }
    }
    Arrays.sort(d);
    double median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    if (!(median > 0)) {
      throw new IllegalArgumentException("samples: median pairwise distance is 0; choose gamma yourself");
    }
    return 1.0 / (2 * median * median);
  }

  private static double withinSum(double[][] x, double gamma) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        s += Math.exp(-gamma * squared(x[i], x[j]));
      }
    }
    return 2 * s;
  }

  private static double crossSum(double[][] x, double[][] y, double gamma) {
    double s = 0;
    for (double[] a : x) {
      for (double[] b : y) {
        s += Math.exp(-gamma * squared(a, b));
      }
    }
    return s;
  }

  private static double squared(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double t = a[i] - b[i];
      s += t * t;
    }
    return s;
  }

  private static void check(double[][] x, double[][] y, double gamma, int min) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length < min || y.length < min) {
      throw new IllegalArgumentException(
          "samples: expected at least " + min + " vectors in each, found " + x.length + " and " + y.length);
    }
    if (!(gamma > 0) || Double.isInfinite(gamma)) {
      throw new IllegalArgumentException("gamma: expected a positive finite number, found " + gamma);
    }
    int dim = x[0].length;
    for (double[][] s : new double[][][] {x, y}) {
      for (int i = 0; i < s.length; i++) {
        if (s[i] == null || s[i].length != dim) {
          throw new IllegalArgumentException(
              "samples: expected vectors of dimension " + dim + ", found " + (s[i] == null ? "null" : s[i].length) + " at index " + i);
        }
      }
    }
  }
}
