package dev.assay.stats.classification;

import java.util.Arrays;

/**
 * The ROC curve of binary scores and the area under it (scikit-learn's {@code roc_curve} and
 * {@code roc_auc_score} for binary labels).
 *
 * <p>Tied scores form one point of the curve, and the area is the trapezoid rule over the
 * distinct thresholds, so a tie between a positive and a negative counts as half a correct
 * ordering (the Mann-Whitney convention). Unlike scikit-learn's default {@code
 * drop_intermediate=True}, no collinear points are dropped; the area is the same. The curve
 * starts at (0, 0) with threshold {@code +Infinity}.
 *
 * <p><b>Undefined case.</b> With only one class present the area is undefined: scikit-learn
 * raises a {@code ValueError}; {@link #auc(int[], double[])} returns {@code NaN} so that a report
 * over many slices can still be produced.
 *
 * <pre>{@code
 * double auc = RocCurve.auc(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}); // 0.75
 * RocCurve curve = RocCurve.of(labels, scores);
 * curve.fpr(); curve.tpr(); curve.thresholds();
 * }</pre>
 *
 * @param fpr false-positive rate at each threshold (NaN when there are no negatives)
 * @param tpr true-positive rate at each threshold (NaN when there are no positives)
 * @param thresholds decreasing thresholds; a sample is predicted positive when its score is at
 *     least the threshold
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {

  /** Copies the arrays. */
  public RocCurve {
    fpr = fpr.clone();
    tpr = tpr.clone();
    thresholds = thresholds.clone();
  }

  /** The ROC curve of 0/1 labels and real-valued scores (higher means more likely 1). */
  public static RocCurve of(int[] yTrue, double[] scores) {
    ThresholdCounts c = ThresholdCounts.of(yTrue, scores, "ROC curve");
    int m = c.size();
    double[] fpr = new double[m + 1];
    double[] tpr = new double[m + 1];
    double[] th = new double[m + 1];
    th[0] = Double.POSITIVE_INFINITY;
    double p = c.positives();
    double n = c.negatives();
    for (int i = 0; i < m; i++) {
      fpr[i + 1] = n == 0 ? Double.NaN : c.fps[i] / n;
      tpr[i + 1] = p == 0 ? Double.NaN : c.tps[i] / p;
      th[i + 1] = c.thresholds[i];
    }
    fpr[0] = n == 0 ? Double.NaN : 0.0;
    tpr[0] = p == 0 ? Double.NaN : 0.0;
    return new RocCurve(fpr, tpr, th);
  }

  /** Area under the ROC curve; {@code NaN} when only one class is present (see class docs). */
  public static double auc(int[] yTrue, double[] scores) {
    ThresholdCounts c = ThresholdCounts.of(yTrue, scores, "ROC AUC");
    double p = c.positives();
    double n = c.negatives();
    if (p == 0 || n == 0) {
      return Double.NaN;
    }
    // Trapezoids between consecutive points, in counts to avoid rounding until the end.
    double area = 0;
    long prevTp = 0;
    long prevFp = 0;
    for (int i = 0; i < c.size(); i++) {
      area += (c.fps[i] - prevFp) * (double) (c.tps[i] + prevTp);
      prevTp = c.tps[i];
      prevFp = c.fps[i];
    }
    return area / (2.0 * p * n);
  }

  @Override
  public double[] fpr() {
    return fpr.clone();
  }

  @Override
  public double[] tpr() {
    return tpr.clone();
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RocCurve r
        && Arrays.equals(fpr, r.fpr)
        && Arrays.equals(tpr, r.tpr)
        && Arrays.equals(thresholds, r.thresholds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fpr) * 961 + Arrays.hashCode(tpr) * 31 + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "RocCurve[fpr=" + Arrays.toString(fpr) + ", tpr=" + Arrays.toString(tpr)
        + ", thresholds=" + Arrays.toString(thresholds) + "]";
  }
}
