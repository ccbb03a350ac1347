package dev.assay.quality.drift;

import dev.assay.stats.similarity.MaximumMeanDiscrepancy;
import java.util.Random;

/**
 * Shift of the embedding distribution: unbiased squared maximum mean discrepancy with the RBF
 * kernel, bandwidth by the median heuristic (assay-stats {@link MaximumMeanDiscrepancy}), and a
 * permutation p-value: the pooled vectors are shuffled into two groups of the original sizes
 * {@code permutations} times, and {@code p = (1 + #{MMD^2_perm >= MMD^2}) / (1 + permutations)}.
 * Both sides are subsampled to at most {@code mmdSampleSize} vectors first (MMD is O(n^2 d)).
 *
 * <pre>{@code
 * EmbeddingShift s = EmbeddingShift.of(refVectors, curVectors, options);
 * }</pre>
 *
 * @param model the embedding model's name
 * @param nReference reference vectors used
 * @param nCurrent current vectors used
 * @param mmd2 unbiased MMD^2
 * @param gamma RBF {@code gamma = 1 / (2 median^2)}
 * @param permutations permutations run
 * @param pValue permutation p-value (null without permutations)
 * @param shifted p-value below alpha
 */
public record EmbeddingShift(
    String model, int nReference, int nCurrent, double mmd2, double gamma, int permutations, Double pValue, boolean shifted) {

  /** Compares two sets of vectors (each at least 2). */
  public static EmbeddingShift of(String model, double[][] ref, double[][] cur, DriftOptions o) {
    Random rnd = new Random(o.seed());
    double[][] x = subsample(ref, o.mmdSampleSize(), rnd);
    double[][] y = subsample(cur, o.mmdSampleSize(), rnd);
    double gamma = MaximumMeanDiscrepancy.medianHeuristicGamma(x, y);
    double stat = MaximumMeanDiscrepancy.unbiased(x, y, gamma);
    if (o.permutations() == 0) {
      return new EmbeddingShift(model, x.length, y.length, stat, gamma, 0, null, false);
    }
    double[][] pooled = new double[x.length + y.length][];
    System.arraycopy(x, 0, pooled, 0, x.length);
    System.arraycopy(y, 0, pooled, x.length, y.length);
    int atLeast = 0;
    for (int p = 0; p < o.permutations(); p++) {
      shuffle(pooled, rnd);
      double[][] a = java.util.Arrays.copyOfRange(pooled, 0, x.length);
      double[][] b = java.util.Arrays.copyOfRange(pooled, x.length, pooled.length);
      if (MaximumMeanDiscrepancy.unbiased(a, b, gamma) >= stat) {
        atLeast++;
      }
    }
    double pValue = (1.0 + atLeast) / (1.0 + o.permutations());
    return new EmbeddingShift(model, x.length, y.length, stat, gamma, o.permutations(), pValue, pValue < o.alpha());
  }

  static double[][] subsample(double[][] v, int max, Random rnd) {
    if (v.length <= max) {
      return v;
    }
    double[][] c = v.clone();
    shuffle(c, rnd);
    return java.util.Arrays.copyOf(c, max);
  }

  private static void shuffle(double[][] a, Random rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      double[] t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
