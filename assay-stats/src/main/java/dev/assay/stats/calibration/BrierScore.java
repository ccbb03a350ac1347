package dev.assay.stats.calibration;

/**
 * Brier score of binary predictions: the mean squared difference between the predicted
 * probability of class 1 and the 0/1 outcome (scikit-learn's {@code brier_score_loss}). Lower is
 * better; 0 is perfect, 0.25 is what a constant 0.5 earns.
 *
 * <pre>{@code
 * BrierScore.of(new int[] {0, 1, 1, 0, 1, 1}, new double[] {0.1, 0.8, 0.9, 0.3, 1.0, 0.95});
 * // (0.01 + 0.04 + 0.01 + 0.09 + 0 + 0.0025) / 6 = 0.025416...
 * }</pre>
 */
public final class BrierScore {
  private BrierScore() {}

  /** The Brier score of 0/1 labels and probabilities in [0, 1]. */
  public static double of(int[] yTrue, double[] probability) {
    Checks.binaryInput(yTrue, probability, "Brier score");
    double sum = 0;
    for (int i = 0; i < yTrue.length; i++) {
      double d = probability[i] - yTrue[i];
      sum += d * d;
    }
    return sum / yTrue.length;
  }
}
