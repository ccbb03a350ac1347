package dev.assay.stats.rating;

/**
 * How to bootstrap ratings.
 *
 * <pre>{@code
 * BootstrapConfig c = new BootstrapConfig(1000, 42L, 2, 0.95);
 * }</pre>
 *
 * @param rounds number of bootstrap resamples (>= 1)
 * @param seed random seed; results depend only on it, never on {@code threads}
 * @param threads worker threads (>= 1)
 * @param confidence central interval mass in (0, 1); 0.95 gives FastChat's 2.5% and 97.5%
 *     percentiles
 */
public record BootstrapConfig(int rounds, long seed, int threads, double confidence) {
  /** Validates the configuration. */
  public BootstrapConfig {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds: expected >= 1, found " + rounds);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected >= 1, found " + threads);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: expected a number in (0, 1), found " + confidence);
    }
  }

  /** {@code rounds} rounds with the given seed, 95% intervals, one thread per available core. */
  public static BootstrapConfig of(int rounds, long seed) {
    return new BootstrapConfig(rounds, seed, Runtime.getRuntime().availableProcessors(), 0.95);
  }
}
