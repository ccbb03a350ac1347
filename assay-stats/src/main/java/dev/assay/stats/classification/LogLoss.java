package dev.assay.stats.classification;

/**
 * Logarithmic (cross-entropy) loss, scikit-learn's {@code log_loss}: the mean negative natural
 * log of the probability given to the true class.
 *
 * <p>Probabilities are first clipped to {@code [eps, 1 - eps]} with {@code eps} the machine
 * epsilon of double (2.22e-16, scikit-learn's {@code eps="auto"} for float64), so a confident
 * wrong answer costs about 36 nats instead of infinity. For the multi-class form each row is
 * then divided by its sum, as scikit-learn 1.2 does.
 *
 * <pre>{@code
 * LogLoss.binary(new int[] {1, 0}, new double[] {0.9, 0.2}); // (-ln 0.9 - ln 0.8) / 2
 * LogLoss.multiclass(new int[] {1, 0, 2},
 *     new double[][] {{0.2, 0.7, 0.1}, {0.6, 0.2, 0.2}, {0.6, 0.1, 0.3}}); // 0.6904911
 * }</pre>
 */
public final class LogLoss {
  /** The default clipping bound, {@code Math.ulp(1.0)} = 2.220446049250313e-16. */
  public static final double EPS = Math.ulp(1.0);

  private LogLoss() {}

  /** Binary log loss of 0/1 labels given the probability of class 1, with {@link #EPS}. */
  public static double binary(int[] yTrue, double[] probability) {
    return binary(yTrue, probability, EPS);
  }

  /** Binary log loss with a chosen clipping bound {@code eps} in [0, 0.5). */
  public static double binary(int[] yTrue, double[] probability, double eps) {
    Checks.sameLength(yTrue.length, probability.length, "log loss");
    Checks.nonEmpty(yTrue.length, "log loss");
    Checks.binaryLabels(yTrue, "log loss");
    Checks.probabilities(probability, "log loss");
    checkEps(eps);
    double sum = 0;
    for (int i = 0; i < yTrue.length; i++) {
      double p = Math.min(Math.max(probability[i], eps), 1 - eps);
      sum -= Math.log(yTrue[i] == 1 ? p : 1 - p);
    }
    return sum / yTrue.length;
  }

  /**
   * Multi-class log loss: {@code yTrue[i]} is the column index (0-based) of the true class in
   * {@code probabilities[i]}.
   */
  public static double multiclass(int[] yTrue, double[][] probabilities) {
    return multiclass(yTrue, probabilities, EPS);
  }

  /** Multi-class log loss with a chosen clipping bound. */
  public static double multiclass(int[] yTrue, double[][] probabilities, double eps) {
    Checks.sameLength(yTrue.length, probabilities.length, "log loss");
    Checks.nonEmpty(yTrue.length, "log loss");
    checkEps(eps);
    int k = probabilities[0].length;
    double sum = 0;
    for (int i = 0; i < yTrue.length; i++) {
      double[] row = probabilities[i];
      if (row.length != k) {
        throw new IllegalArgumentException(
            "log loss: row " + i + " has " + row.length + " probabilities, expected " + k);
      }
      Checks.probabilities(row, "log loss (row " + i + ")");
      if (yTrue[i] < 0 || yTrue[i] >= k) {
        throw new IllegalArgumentException(
            "log loss: class index at " + i + " must lie in [0, " + (k - 1) + "], found "
                + yTrue[i]);
      }
      double total = 0;
      double clippedTrue = 0;
      for (int j = 0; j < k; j++) {
        double c = Math.min(Math.max(row[j], eps), 1 - eps);
        total += c;
        if (j == yTrue[i]) {
          clippedTrue = c;
        }
      }
      sum -= Math.log(clippedTrue / total);
    }
    return sum / yTrue.length;
  }

  private static void checkEps(double eps) {
    if (!(eps >= 0 && eps < 0.5)) {
      throw new IllegalArgumentException("log loss: eps must lie in [0, 0.5), found " + eps);
    }
  }
}
