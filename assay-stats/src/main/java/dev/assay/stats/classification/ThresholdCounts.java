package dev.assay.stats.classification;

import java.util.Arrays;

/**
 * Cumulative true- and false-positive counts at every distinct score threshold, highest first
 * (scikit-learn's {@code _binary_clf_curve}). Package-private: the shared core of ROC and
 * precision-recall curves.
 */
final class ThresholdCounts {
  final double[] thresholds;
  final long[] tps;
  final long[] fps;

  private ThresholdCounts(double[] thresholds, long[] tps, long[] fps) {
    this.thresholds = thresholds;
    this.tps = tps;
    this.fps = fps;
  }

  static ThresholdCounts of(int[] yTrue, double[] scores, String what) {
    Checks.sameLength(yTrue.length, scores.length, what);
    Checks.nonEmpty(yTrue.length, what);
    Checks.binaryLabels(yTrue, what);
    Checks.finite(scores, what);
    int n = yTrue.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    double[] th = new double[n];
    long[] tp = new long[n];
    long[] fp = new long[n];
    int m = 0;
    long t = 0;
    long f = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (yTrue[i] == 1) {
        t++;
      } else {
        f++;
      }
      // Close a group when the next score differs (or at the end): ties share one point.
      if (k == n - 1 || scores[order[k + 1]] != scores[i]) {
        th[m] = scores[i];
        tp[m] = t;
        fp[m] = f;
        m++;
      }
    }
    return new ThresholdCounts(
        Arrays.copyOf(th, m), Arrays.copyOf(tp, m), Arrays.copyOf(fp, m));
  }

  int size() {
    return thresholds.length;
  }

  long positives() {
    return tps[tps.length - 1];
  }

  long negatives() {
    return fps[fps.length - 1];
  }
}
