package dev.assay.stats.similarity;

import java.util.Arrays;
import java.util.Objects;

/**
 * Population stability index, {@code PSI = sum_i (a_i - e_i) ln(a_i / e_i)} over bins, with
 * {@code e} the expected (reference) and {@code a} the actual share of each bin. An empty bin on
 * either side would make the term infinite, so shares below {@link #DEFAULT_EPSILON} (1e-4, the
 * usual choice in credit-scoring practice) are raised to it; pass another epsilon to change that.
 * Rule of thumb: below 0.1 stable, 0.1 to 0.25 moderate shift, above 0.25 major shift.
 *
 * <pre>{@code
 * double psi = PopulationStabilityIndex.ofSamples(reference, current, 10);   // decile bins
 * double psi2 = PopulationStabilityIndex.ofCounts(new double[] {50, 50}, new double[] {30, 70});
 * }</pre>
 */
public final class PopulationStabilityIndex {
  /** Floor applied to every bin share. */
  public static final double DEFAULT_EPSILON = 1e-4;

  private PopulationStabilityIndex() {}

  /** PSI of two histograms over the same bins, with the default epsilon. */
  public static double ofCounts(double[] expected, double[] actual) {
    return ofCounts(expected, actual, DEFAULT_EPSILON);
  }

  /**
   * PSI of two histograms over the same bins (counts or shares; each side is normalised).
   *
   * @throws IllegalArgumentException on invalid counts, lengths that differ, or epsilon outside
   *     (0, 1)
   */
  public static double ofCounts(double[] expected, double[] actual, double epsilon) {
    double te = JensenShannon.Weights.check(expected, "expected");
    double ta = JensenShannon.Weights.check(actual, "actual");
    if (expected.length != actual.length) {
      throw new IllegalArgumentException(
          "actual: expected " + expected.length + " bins (as many as expected), found " + actual.length);
    }
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon: expected a number in (0, 1), found " + epsilon);
    }
    double psi = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = Math.max(expected[i] / te, epsilon);
      double a = Math.max(actual[i] / ta, epsilon);
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }

  /**
   * PSI of two samples, binned at the quantiles of {@code expected} (equal-count bins of the
   * reference; repeated edges merge), with the outer bins open-ended.
   *
   * @throws IllegalArgumentException if a sample is empty or holds NaN, or {@code bins < 2}
   */
  public static double ofSamples(double[] expected, double[] actual, int bins) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (bins < 2) {
      throw new IllegalArgumentException("bins: expected >= 2, found " + bins);
    }
    if (expected.length == 0 || actual.length == 0) {
      throw new IllegalArgumentException("samples: expected two non-empty samples");
    }
    double[] sorted = expected.clone();
    Arrays.sort(sorted);
    if (Double.isNaN(sorted[sorted.length - 1])) {
      throw new IllegalArgumentException("expected: found NaN");
    }
    double[] edges = new double[bins - 1];
    int ne = 0;
    for (int k = 1; k < bins; k++) {
      double h = (sorted.length - 1) * (double) k / bins;
      int lo = (int) Math.floor(h);
      double v = lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
      if (ne == 0 || v > edges[ne - 1]) {
        edges[ne++] = v;
      }
    }
    edges = Arrays.copyOf(edges, ne);
    return ofCounts(histogram(expected, edges), histogram(actual, edges));
  }

  private static double[] histogram(double[] x, double[] edges) {
    double[] h = new double[edges.length + 1];
    for (double v : x) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("samples: found NaN");
      }
      int pos = Arrays.binarySearch(edges, v);
      int bin = pos >= 0 ? pos + 1 : -pos - 1; // bins are [edge_k, edge_k+1): a value equal to an edge goes to the upper bin
      h[bin]++;
    }
    return h;
  }
}
