package dev.assay.stats.fairness;

/**
 * The generalised (power) mean {@code M_p = (mean(x_i^p))^(1/p)}; with the competition's
 * {@code p = -5} it sits close to the minimum, so one badly treated group pulls the whole score
 * down. The benchmark kernel's {@code power_mean(series, p)}.
 *
 * <pre>{@code
 * PowerMean.of(new double[] {0.9, 0.9}, -5);  // 0.9
 * PowerMean.of(new double[] {0.5, 0.9}, -5);  // about 0.569, near the worse value
 * }</pre>
 */
public final class PowerMean {
  /** The exponent of the Jigsaw Unintended Bias competition. */
  public static final double COMPETITION_P = -5;

  private PowerMean() {}

  /**
   * The power mean of non-negative values (AUCs). Rejects an empty array, {@code p == 0} (the
   * geometric-mean limit, not used here) and values that are NaN, negative or infinite; callers
   * drop undefined AUCs first (as {@link BiasReport} does). With {@code p < 0} a zero value makes
   * the mean 0, as numpy's {@code np.power(0.0, -5) = inf} does in the kernel.
   */
  public static double of(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("power mean: empty input");
    }
    if (p == 0 || !Double.isFinite(p)) {
      throw new IllegalArgumentException("power mean: exponent must be finite and non-zero, found " + p);
    }
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "power mean: value at index " + i + " must be non-negative and finite, found " + v);
      }
      total += Math.pow(v, p);
    }
    return Math.pow(total / values.length, 1 / p);
  }
}
