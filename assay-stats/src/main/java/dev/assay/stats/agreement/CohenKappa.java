package dev.assay.stats.agreement;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Cohen's kappa between two raters, unweighted or with linear or quadratic weights, with the
 * semantics of scikit-learn's {@code cohen_kappa_score}: {@code kappa = 1 - sum(w * O) / sum(w *
 * E)}, where {@code O} is the confusion matrix of the two raters, {@code E} the outer product of
 * its margins divided by the number of items, and the disagreement weight of categories at
 * positions {@code i} and {@code j} of the sorted label list is {@code [i != j]}, {@code |i - j|}
 * or {@code (i - j)^2}. Weights use label <i>positions</i>, not values: pass the full scale with
 * {@link #of(double[], double[], Weights, double[])} if some values were never used.
 *
 * <p><b>Missing ratings.</b> Items where either rating is {@code NaN} are left out (pairwise
 * deletion). <b>Undefined case.</b> When the expected disagreement is 0 (both raters always use
 * one and the same category) kappa is 0/0 and the value is {@code NaN}, which is also what
 * scikit-learn returns.
 *
 * <pre>{@code
 * double k = CohenKappa.of(rater1, rater2, CohenKappa.Weights.QUADRATIC).value();
 * double k2 = CohenKappa.of(ratings, CohenKappa.Weights.NONE).value(); // items x 2 matrix
 * }</pre>
 */
public final class CohenKappa {
  /** Disagreement weights. */
  public enum Weights {
    /** 1 for any disagreement. */
    NONE,
    /** Distance between label positions. */
    LINEAR,
    /** Squared distance between label positions. */
    QUADRATIC
  }

  private CohenKappa() {}

  /** From an items x 2 matrix of ratings. */
  public static ChanceCorrected of(double[][] ratings, Weights weights) {
    int width = RatingCounts.check(ratings, "Cohen's kappa");
    if (width != 2) {
      throw new IllegalArgumentException(
          "Cohen's kappa: needs exactly 2 raters, found " + width
              + " (use Fleiss' kappa, Krippendorff's alpha or Gwet's AC1 for more)");
    }
    double[] a = new double[ratings.length];
    double[] b = new double[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      a[i] = ratings[i][0];
      b[i] = ratings[i][1];
    }
    return of(a, b, weights);
  }

  /** From the two raters' ratings; labels are the sorted union of the values seen. */
  public static ChanceCorrected of(double[] rater1, double[] rater2, Weights weights) {
    TreeSet<Double> seen = new TreeSet<>();
    for (int i = 0; i < Math.min(rater1.length, rater2.length); i++) {
      if (!Double.isNaN(rater1[i]) && !Double.isNaN(rater2[i])) {
        seen.add(rater1[i]);
        seen.add(rater2[i]);
      }
    }
    return of(rater1, rater2, weights, seen.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * With an explicit ordered label list (the scale); ratings outside it are rejected. Like
   * scikit-learn's {@code labels=}, it fixes the positions the weights are computed from.
   */
  public static ChanceCorrected of(
      double[] rater1, double[] rater2, Weights weights, double[] labels) {
    if (rater1.length != rater2.length) {
      throw new IllegalArgumentException(
          "Cohen's kappa: length mismatch, " + rater1.length + " and " + rater2.length
              + " ratings");
    }
    int q = labels.length;
    long[][] o = new long[q][q];
    int n = 0;
    for (int i = 0; i < rater1.length; i++) {
      if (Double.isNaN(rater1[i]) || Double.isNaN(rater2[i])) {
        continue;
      }
      o[position(labels, rater1[i], i)][position(labels, rater2[i], i)]++;
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("Cohen's kappa: no item rated by both raters");
    }
    double[] rows = new double[q];
    double[] cols = new double[q];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        rows[i] += o[i][j];
        cols[j] += o[i][j];
      }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double w =
            switch (weights) {
              case NONE -> i == j ? 0 : 1;
              case LINEAR -> Math.abs(i - j);
              case QUADRATIC -> (double) (i - j) * (i - j);
            };
        observed += w * o[i][j];
        expected += w * rows[i] * cols[j] / n;
      }
    }
    // Report p_a and p_e on the agreement scale, normalised by the largest weight.
    double wMax = weights == Weights.NONE ? 1 : weights == Weights.LINEAR ? q - 1 : (q - 1.0) * (q - 1);
    double value = expected == 0 ? Double.NaN : 1 - observed / expected;
    double pa = wMax == 0 ? 1 : 1 - observed / n / wMax;
    double pe = wMax == 0 ? 1 : 1 - expected / n / wMax;
    return new ChanceCorrected(value, pa, pe, n, q);
  }

  private static int position(double[] labels, double v, int item) {
    for (int k = 0; k < labels.length; k++) {
      if (labels[k] == v) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "Cohen's kappa: rating " + v + " of item " + item + " is not among the labels "
            + Arrays.toString(labels));
  }
}
