package dev.assay.stats.math;

/**
 * The logistic function and its log-partner, written once for every model in Assay (logistic and
 * Bradley-Terry regressions, the reward model, toxicity heads), both stable for large |x|.
 *
 * <pre>{@code
 * Logistic.sigmoid(0);     // 0.5
 * Logistic.softplus(-1);   // 0.3132616875182228 = log(1 + e^-1) = -log sigmoid(1)
 * }</pre>
 */
public final class Logistic {
  private Logistic() {}

  /** {@code 1 / (1 + e^-x)} without overflow. */
  public static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** {@code log(1 + e^x)} without overflow (so {@code -log sigmoid(x) = softplus(-x)}). */
  public static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
}
