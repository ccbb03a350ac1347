package dev.assay.stats.info;

import java.util.Objects;

/**
 * Shannon entropy and relative entropy with {@code scipy.stats.entropy}'s conventions: the
 * inputs are non-negative weights normalised to sum to 1, {@code 0 log 0 = 0}, natural log unless
 * a base is given, and the relative entropy (Kullback-Leibler divergence) is infinite where
 * {@code qk} is 0 but {@code pk} is not.
 *
 * <pre>{@code
 * Entropy.shannon(new double[] {0, 1, 2});           // 0.6365141682948128 nats
 * Entropy.shannon(new double[] {1, 1, 1, 1}, 2.0);   // 2.0 bits
 * Entropy.binary(0.5);                              // ln 2
 * }</pre>
 */
public final class Entropy {
  private Entropy() {}

  /** Entropy in nats of the normalised weights. */
  public static double shannon(double[] pk) {
    return shannon(pk, Math.E);
  }

  /**
   * Entropy of the normalised weights in the given base.
   *
   * @throws IllegalArgumentException if {@code pk} is empty, has a negative or non-finite weight,
   *     sums to 0, or {@code base} is not a finite number above 1
   */
  public static double shannon(double[] pk, double base) {
    double total = checkWeights(pk, "pk");
    double logBase = logBase(base);
    double h = 0;
    for (double w : pk) {
      if (w > 0) {
        double p = w / total;
        h -= p * Math.log(p);
      }
    }
    return h / logBase;
  }

  /** Relative entropy {@code sum p log(p / q)} in nats, each side normalised first. */
  public static double relative(double[] pk, double[] qk) {
    return relative(pk, qk, Math.E);
  }

  /**
   * Relative entropy (Kullback-Leibler divergence) of {@code pk} from {@code qk} in the given base.
   *
   * @throws IllegalArgumentException on invalid weights or lengths that differ
   */
  public static double relative(double[] pk, double[] qk, double base) {
    double tp = checkWeights(pk, "pk");
    double tq = checkWeights(qk, "qk");
    if (pk.length != qk.length) {
      throw new IllegalArgumentException(
          "qk: expected " + pk.length + " weights (as many as pk), found " + qk.length);
    }
    double logBase = logBase(base);
    double d = 0;
    for (int i = 0; i < pk.length; i++) {
      double p = pk[i] / tp;
      double q = qk[i] / tq;
      if (p > 0) {
        if (q == 0) {
          return Double.POSITIVE_INFINITY;
        }
        d += p * Math.log(p / q);
      }
    }
    return d / logBase;
  }

  /** Entropy in nats of a coin with success probability {@code p}. */
  public static double binary(double p) {
    return binary(p, Math.E);
  }

  /**
   * Entropy of a coin with success probability {@code p} in the given base; 0 at p = 0 or 1.
   *
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public static double binary(double p, double base) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p: expected a probability in [0, 1], found " + p);
    }
    double logBase = logBase(base);
    double h = 0;
    if (p > 0) {
      h -= p * Math.log(p);
    }
    if (p < 1) {
      h -= (1 - p) * Math.log1p(-p);
    }
    return h / logBase;
  }

  static double logBase(double base) {
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base: expected a finite number > 1, found " + base);
    }
    return Math.log(base);
  }

  static double checkWeights(double[] w, String name) {
    Objects.requireNonNull(w, name);
    if (w.length == 0) {
      throw new IllegalArgumentException(name + ": expected at least one weight, found none");
    }
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "]: expected a finite weight >= 0, found " + w[i]);
      }
      total += w[i];
    }
    if (total == 0) {
      throw new IllegalArgumentException(name + ": expected weights with a positive sum, found all 0");
    }
    return total;
  }
}
