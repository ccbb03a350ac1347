package dev.assay.stats.cluster;

import java.util.Objects;

/**
 * Silhouette coefficients as scikit-learn's {@code silhouette_samples} / {@code silhouette_score}:
 * for sample {@code i}, {@code a} is its mean distance to the other members of its cluster, {@code
 * b} the smallest mean distance to another cluster, and {@code s = (b - a) / max(a, b)}; samples in
 * singleton clusters score 0. The score is the mean over samples. Labels may be any ints; there
 * must be between 2 and n - 1 distinct labels.
 *
 * <pre>{@code
 * double s = Silhouette.scoreEuclidean(points, labels);
 * double[] perSample = Silhouette.samples(distanceMatrix, labels);
 * }</pre>
 */
public final class Silhouette {
  private Silhouette() {}

  /** Mean silhouette over samples, Euclidean distance. */
  public static double scoreEuclidean(double[][] x, int[] labels) {
    Objects.requireNonNull(x, "x");
    int n = x.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (x[j].length != x[i].length) {
          throw new IllegalArgumentException("x[" + j + "]: expected dimension " + x[i].length + ", found " + x[j].length);
        }
        double s = 0;
        for (int k = 0; k < x[i].length; k++) {
          double t = x[i][k] - x[j][k];
          s += t * t;
        }
        d[i][j] = d[j][i] = Math.sqrt(s);
      }
    }
    return score(d, labels);
  }

  /** Mean silhouette over samples from a precomputed symmetric distance matrix. */
  public static double score(double[][] distances, int[] labels) {
    double[] s = samples(distances, labels);
    double sum = 0;
    for (double v : s) {
      sum += v;
    }
    return sum / s.length;
  }

  /**
   * Per-sample silhouettes from a precomputed distance matrix.
   *
   * @throws IllegalArgumentException on a non-square matrix, a label count that differs, or fewer
   *     than 2 or more than n - 1 distinct labels
   */
  public static double[] samples(double[][] distances, int[] labels) {
    Objects.requireNonNull(distances, "distances");
    Objects.requireNonNull(labels, "labels");
    int n = distances.length;
    if (labels.length != n) {
      throw new IllegalArgumentException("labels: expected " + n + " (one per sample), found " + labels.length);
    }
    java.util.Map<Integer, Integer> ids = new java.util.LinkedHashMap<>();
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      if (distances[i].length != n) {
        throw new IllegalArgumentException("distances[" + i + "]: expected " + n + " columns, found " + distances[i].length);
      }
      c[i] = ids.computeIfAbsent(labels[i], l -> ids.size());
    }
    int k = ids.size();
    if (k < 2 || k > n - 1) {
      throw new IllegalArgumentException(
          "labels: expected between 2 and n - 1 = " + (n - 1) + " clusters, found " + k);
    }
    int[] size = new int[k];
    for (int ci : c) {
      size[ci]++;
    }
    double[] s = new double[n];
    double[] sums = new double[k];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sums, 0);
      for (int j = 0; j < n; j++) {
        sums[c[j]] += distances[i][j];
      }
      if (size[c[i]] == 1) {
        s[i] = 0;
        continue;
      }
      double a = sums[c[i]] / (size[c[i]] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int m = 0; m < k; m++) {
        if (m != c[i]) {
          b = Math.min(b, sums[m] / size[m]);
        }
      }
      double denom = Math.max(a, b);
      s[i] = denom == 0 ? 0 : (b - a) / denom;
    }
    return s;
  }
}
