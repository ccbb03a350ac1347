package dev.assay.stats.rating;

import java.util.SplittableRandom;

/**
 * Exact multinomial sampling by sequential conditional binomials: category {@code k} gets {@code
 * Binomial(n_left, p_k / p_left)}. Binomials are drawn by inversion (sequential search from 0),
 * on the smaller tail, and split into independent halves when the mean is large so that no
 * probability underflows. The cost is about the number of draws, with no random memory access.
 *
 * <pre>{@code
 * double[] counts = new double[weights.length];
 * Multinomial.sample(weights, 1_000_000, new SplittableRandom(42), counts);
 * }</pre>
 */
final class Multinomial {
  private static final double SPLIT_MEAN = 400.0;

  private Multinomial() {}

  /**
   * Draws {@code n} items over categories with the given non-negative weights.
   *
   * @param out receives the count of each category
   */
  static void sample(double[] weights, long n, SplittableRandom rng, double[] out) {
    double left = 0;
    for (double w : weights) {
      left += w;
    }
    long remaining = n;
    for (int k = 0; k < weights.length; k++) {
      if (remaining == 0 || left <= 0) {
        out[k] = 0;
        continue;
      }
      double p = Math.min(1.0, weights[k] / left);
      long c = k == weights.length - 1 ? remaining : binomial(remaining, p, rng);
      out[k] = c;
      remaining -= c;
      left -= weights[k];
    }
  }

  /** One Binomial(n, p) draw. */
  static long binomial(long n, double p, SplittableRandom rng) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - binomial(n, 1.0 - p, rng);
    }
    if (n * p > SPLIT_MEAN) {
      long half = n / 2;
      return binomial(half, p, rng) + binomial(n - half, p, rng);
    }
    double ratio = p / (1.0 - p);
    double pmf = Math.exp(n * Math.log1p(-p));
    double u = rng.nextDouble();
    long k = 0;
    while (u > pmf && k < n) {
      u -= pmf;
      pmf *= ratio * (double) (n - k) / (double) (k + 1);
      k++;
      if (pmf == 0.0) {
        break;
      }
    }
    return k;
  }
}
