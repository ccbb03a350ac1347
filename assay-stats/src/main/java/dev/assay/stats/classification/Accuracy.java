package dev.assay.stats.classification;

/**
 * Accuracy: the share of samples whose prediction equals the truth (scikit-learn's {@code
 * accuracy_score}).
 *
 * <pre>{@code
 * Accuracy.of(new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 0});           // 0.75
 * Accuracy.atThreshold(new int[] {0, 1}, new double[] {0.2, 0.9}, 0.5); // 1.0
 * }</pre>
 */
public final class Accuracy {
  private Accuracy() {}

  /** The share of positions where {@code yPred} equals {@code yTrue}. */
  public static double of(int[] yTrue, int[] yPred) {
    Checks.sameLength(yTrue.length, yPred.length, "accuracy");
    Checks.nonEmpty(yTrue.length, "accuracy");
    long hits = 0;
    for (int i = 0; i < yTrue.length; i++) {
      if (yTrue[i] == yPred[i]) {
        hits++;
      }
    }
    return (double) hits / yTrue.length;
  }

  /**
   * Accuracy of the hard predictions {@link #predict(double[], double)} of binary scores against
   * 0/1 labels.
   */
  public static double atThreshold(int[] yTrue, double[] scores, double threshold) {
    Checks.binaryLabels(yTrue, "accuracy");
    return of(yTrue, predict(scores, threshold));
  }

  /**
   * Hard 0/1 predictions from scores: 1 when {@code score > threshold}, else 0. A score exactly
   * at the threshold predicts 0, as scikit-learn's classifiers do ({@code decision_function > 0};
   * {@code predict_proba} ties resolve to the first class).
   */
  public static int[] predict(double[] scores, double threshold) {
    int[] out = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = scores[i] > threshold ? 1 : 0;
    }
    return out;
  }
}
