package dev.assay.stats.interval;

/**
 * Settings of a bootstrap: number of resamples, confidence level, interval method and seed.
 *
 * <pre>{@code
 * BootstrapOptions o = BootstrapOptions.defaults().withResamples(2000).withSeed(42);
 * }</pre>
 *
 * @param resamples the number of bootstrap resamples, at least 1
 * @param confidence the two-sided confidence level in (0, 1)
 * @param method percentile or BCa
 * @param seed the seed of the {@link java.util.SplittableRandom} that draws the resamples; the
 *     same seed and data give the same interval
 */
public record BootstrapOptions(
    int resamples, double confidence, Bootstrap.Method method, long seed) {

  /** Validates the settings. */
  public BootstrapOptions {
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap: resamples must be >= 1, found " + resamples);
    }
    Confidence.check(confidence);
    if (method == null) {
      throw new IllegalArgumentException("bootstrap: method must not be null");
    }
  }

  /** 9,999 resamples (scipy's default), 95% confidence, BCa, seed 0. */
  public static BootstrapOptions defaults() {
    return new BootstrapOptions(9_999, 0.95, Bootstrap.Method.BCA, 0L);
  }

  /** A copy with another number of resamples. */
  public BootstrapOptions withResamples(int r) {
    return new BootstrapOptions(r, confidence, method, seed);
  }

  /** A copy with another confidence level. */
  public BootstrapOptions withConfidence(double c) {
    return new BootstrapOptions(resamples, c, method, seed);
  }

  /** A copy with another interval method. */
  public BootstrapOptions withMethod(Bootstrap.Method m) {
    return new BootstrapOptions(resamples, confidence, m, seed);
  }

  /** A copy with another seed. */
  public BootstrapOptions withSeed(long s) {
    return new BootstrapOptions(resamples, confidence, method, s);
  }
}
