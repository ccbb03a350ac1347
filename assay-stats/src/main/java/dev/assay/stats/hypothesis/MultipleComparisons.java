package dev.assay.stats.hypothesis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for multiple comparisons, as statsmodels' {@code multipletests(p,
 * method="holm" | "fdr_bh")[1]} (and R's {@code p.adjust}). Results are in the input order; a
 * hypothesis is rejected at level {@code alpha} when its adjusted p-value is {@code <= alpha}.
 *
 * <ul>
 *   <li>{@link #holm}: Holm's step-down family-wise error control. With sorted p-values {@code
 *       p_(1) <= ... <= p_(m)}, {@code adj_(i) = min(1, max_{j <= i} (m - j + 1) p_(j))}.
 *   <li>{@link #benjaminiHochberg}: false-discovery-rate control (independent or positively
 *       dependent tests). {@code adj_(i) = min(1, min_{j >= i} m p_(j) / j)}.
 * </ul>
 *
 * <pre>{@code
 * double[] adj = MultipleComparisons.holm(new double[] {0.01, 0.04, 0.03});
 * // [0.03, 0.06, 0.06]
 * boolean[] reject = MultipleComparisons.reject(adj, 0.05); // [true, false, false]
 * }</pre>
 */
public final class MultipleComparisons {
  private MultipleComparisons() {}

  /** Holm-adjusted p-values. */
  public static double[] holm(double[] pValues) {
    int m = check(pValues);
    Integer[] order = ascending(pValues);
    double[] adj = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, (m - rank) * pValues[i]);
      adj[i] = Math.min(1.0, running);
    }
    return adj;
  }

  /** Benjamini-Hochberg adjusted p-values (q-values). */
  public static double[] benjaminiHochberg(double[] pValues) {
    int m = check(pValues);
    Integer[] order = ascending(pValues);
    double[] adj = new double[m];
    double running = Double.POSITIVE_INFINITY;
    for (int rank = m - 1; rank >= 0; rank--) {
      int i = order[rank];
      running = Math.min(running, pValues[i] * m / (rank + 1));
      adj[i] = Math.min(1.0, running);
    }
    return adj;
  }

  /** {@code adjusted[i] <= alpha} for each hypothesis. */
  public static boolean[] reject(double[] adjusted, double alpha) {
    boolean[] out = new boolean[adjusted.length];
    for (int i = 0; i < adjusted.length; i++) {
      out[i] = adjusted[i] <= alpha;
    }
    return out;
  }

  private static Integer[] ascending(double[] p) {
    Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    return order;
  }

  private static int check(double[] p) {
    if (p.length == 0) {
      throw new IllegalArgumentException("multiple comparisons: empty list of p-values");
    }
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException(
            "multiple comparisons: p-value at index " + i + " must lie in [0, 1], found " + p[i]);
      }
    }
    return p.length;
  }
}
