package dev.assay.stats.classification;

/**
 * Average precision of binary scores, scikit-learn's {@code average_precision_score}: {@code AP =
 * sum_n (R_n - R_{n-1}) P_n} over the distinct score thresholds from highest to lowest, where
 * {@code P_n} and {@code R_n} are precision and recall when every sample scoring at least the
 * n-th threshold is predicted positive, and {@code R_0 = 0}. There is no interpolation (it is not
 * the trapezoidal area under the precision-recall curve), and tied scores enter as one step.
 *
 * <p><b>Edge case.</b> With no positive label, recall is undefined; like scikit-learn (which
 * warns) this returns 0.
 *
 * <pre>{@code
 * AveragePrecision.score(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8});
 * // = 0.5 * 1 + 0.5 * 2/3 = 0.8333...
 * }</pre>
 */
public final class AveragePrecision {
  private AveragePrecision() {}

  /** Average precision of 0/1 labels against scores (higher means more likely 1). */
  public static double score(int[] yTrue, double[] scores) {
    ThresholdCounts c = ThresholdCounts.of(yTrue, scores, "average precision");
    long positives = c.positives();
    if (positives == 0) {
      return 0.0;
    }
    double ap = 0;
    long prevTp = 0;
    for (int i = 0; i < c.size(); i++) {
      long tp = c.tps[i];
      if (tp != prevTp) {
        double precision = (double) tp / (tp + c.fps[i]);
        ap += (double) (tp - prevTp) / positives * precision;
        prevTp = tp;
      }
    }
    return ap;
  }
}
