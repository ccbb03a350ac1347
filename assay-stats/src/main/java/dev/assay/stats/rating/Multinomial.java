package dev.assay.stats.rating;

import java.util.SplittableRandom;

/**
 * Exact multinomial sampling by sequential conditional binomials: category {@code k} gets {@code
 * Binomial(n_left, p_k / p_left)}. Binomials are drawn exactly by inversion, on the smaller
 * tail: by sequential search from 0 when the mean is below 20, else outwards from the mode (the
 * mode's probability from log-factorials), so a draw costs O(sqrt(n p)) steps and no probability
 * underflows. One uniform draw per category, no random memory access.
 *
 * <pre>{@code
 * double[] counts = new double[weights.length];
 * Multinomial.sample(weights, 1_000_000, new SplittableRandom(42), counts);
 * }</pre>
 */
final class Multinomial {
  private static final double SMALL_MEAN = 20.0;

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
    return n * p < SMALL_MEAN ? fromZero(n, p, rng) : fromMode(n, p, rng);
  }

  /** Inversion by sequential search from 0: about {@code n p} steps. */
  private static long fromZero(long n, double p, SplittableRandom rng) {
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

  /**
   * Inversion over the outcomes ordered outwards from the mode (M, M+1, M-1, M+2, ...): exact,
   * about {@code 1.6 sqrt(n p q)} steps, with the mode's probability from log-factorials.
   */
  private static long fromMode(long n, double p, SplittableRandom rng) {
    double q = 1.0 - p;
    double ratio = p / q;
    long mode = (long) Math.floor((n + 1) * p);
    if (mode > n) {
      mode = n;
    }
    double pm =
        Math.exp(
            logFactorial(n) - logFactorial(mode) - logFactorial(n - mode)
                + mode * Math.log(p) + (n - mode) * Math.log1p(-p));
    double u = rng.nextDouble() - pm;
    if (u <= 0) {
      return mode;
    }
    long lo = mode;
    long hi = mode;
    double plo = pm;
    double phi = pm;
    while (true) {
      boolean moved = false;
      if (hi < n && phi > 0) {
        phi *= ratio * (double) (n - hi) / (double) (hi + 1);
        hi++;
        u -= phi;
        if (u <= 0) {
          return hi;
        }
        moved = true;
      }
      if (lo > 0 && plo > 0) {
        plo *= (double) lo / ((double) (n - lo + 1) * ratio);
        lo--;
        u -= plo;
        if (u <= 0) {
          return lo;
        }
        moved = true;
      }
      if (!moved) {
        return mode; // rounding left a sliver of probability unassigned
      }
    }
  }

  private static final int TABLE = 256;
  private static final double[] LOG_FACTORIAL = new double[TABLE];

  static {
    for (int k = 1; k < TABLE; k++) {
      LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }
  }

  /** {@code ln k!}: a table below 256, Stirling's series (error below 1e-17) above. */
  static double logFactorial(long k) {
    if (k < TABLE) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k;
    double inv = 1.0 / x;
    double inv2 = inv * inv;
    return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x)
        + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260)));
  }
}
