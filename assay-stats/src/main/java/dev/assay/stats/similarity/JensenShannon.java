package dev.assay.stats.similarity;

import java.util.Objects;

/**
 * Jensen-Shannon divergence and distance with {@code scipy.spatial.distance.jensenshannon}'s
 * conventions: both inputs are non-negative weights normalised to sum 1, {@code m = (p + q) / 2},
 * divergence {@code (KL(p || m) + KL(q || m)) / 2}, distance its square root; natural log unless
 * a base is given (base 2 bounds the distance by 1).
 *
 * <pre>{@code
 * JensenShannon.distance(new double[] {1, 0}, new double[] {0.5, 0.5});   // 0.46450140402245893
 * JensenShannon.distance(new double[] {1, 0, 0}, new double[] {0, 1, 0}, 2.0);   // 1.0
 * }</pre>
 */
public final class JensenShannon {
  private JensenShannon() {}

  /** Distance in nats (the square root of the divergence). */
  public static double distance(double[] p, double[] q) {
    return Math.sqrt(divergence(p, q, Math.E));
  }

  /** Distance in the given base. */
  public static double distance(double[] p, double[] q, double base) {
    return Math.sqrt(divergence(p, q, base));
  }

  /**
   * Divergence in the given base.
   *
   * @throws IllegalArgumentException on empty, negative, non-finite or all-zero weights, arrays of
   *     different lengths, or a base not above 1
   */
  public static double divergence(double[] p, double[] q, double base) {
    double tp = Weights.check(p, "p");
    double tq = Weights.check(q, "q");
    if (p.length != q.length) {
      throw new IllegalArgumentException(
          "q: expected " + p.length + " weights (as many as p), found " + q.length);
    }
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base: expected a finite number > 1, found " + base);
    }
    double js = 0;
    for (int i = 0; i < p.length; i++) {
      double pi = p[i] / tp;
      double qi = q[i] / tq;
      double m = (pi + qi) / 2;
      if (pi > 0) {
        js += pi * Math.log(pi / m);
      }
      if (qi > 0) {
        js += qi * Math.log(qi / m);
      }
    }
    return Math.max(0.0, js / 2 / Math.log(base));
  }

  /** Shared validation of weight vectors. */
  static final class Weights {
    private Weights() {}

    static double check(double[] w, String name) {
      Objects.requireNonNull(w, name);
      if (w.length == 0) {
        throw new IllegalArgumentException(name + ": expected at least one weight, found none");
      }
      double t = 0;
      for (int i = 0; i < w.length; i++) {
        if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
          throw new IllegalArgumentException(
              name + "[" + i + "]: expected a finite weight >= 0, found " + w[i]);
        }
        t += w[i];
      }
      if (t == 0) {
        throw new IllegalArgumentException(name + ": expected a positive sum, found all 0");
      }
      return t;
    }
  }
}
