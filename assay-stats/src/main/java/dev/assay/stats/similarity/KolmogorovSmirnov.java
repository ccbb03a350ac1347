package dev.assay.stats.similarity;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Two-sided two-sample Kolmogorov-Smirnov test with {@code scipy.stats.ks_2samp}'s conventions:
 * the statistic is the largest gap between the empirical CDFs (ties handled by evaluating both
 * CDFs at every observed value); {@link Method#AUTO} is exact when both samples have at most 10,000
 * values, else asymptotic. The exact p-value counts lattice paths (Hodges' inside method: closed
 * form when the sizes are equal, else an O(n1 n2) recursion); the asymptotic one is the one-sample
 * Kolmogorov distribution {@code kstwo.sf(D, round(n1 n2 / (n1 + n2)))}, from commons-math.
 * One-sided alternatives are not provided.
 *
 * <pre>{@code
 * KsResult r = KolmogorovSmirnov.twoSample(reference, current);
 * }</pre>
 */
public final class KolmogorovSmirnov {
  /** How to compute the p-value. */
  public enum Method {
    /** Exact when {@code max(n1, n2) <= 10000}, else asymptotic (scipy's 'auto'). */
    AUTO,
    /** Exact lattice-path probability. */
    EXACT,
    /** Kolmogorov distribution with the effective sample size. */
    ASYMPTOTIC
  }

  private static final int MAX_AUTO_N = 10_000;

  private KolmogorovSmirnov() {}

  /** The test with {@link Method#AUTO}. */
  public static KsResult twoSample(double[] x, double[] y) {
    return twoSample(x, y, Method.AUTO);
  }

  /**
   * The test.
   *
   * @throws IllegalArgumentException if a sample is empty or holds NaN
   */
  public static KsResult twoSample(double[] x, double[] y, Method method) {
    Objects.requireNonNull(method, "method");
    double[] a = sorted(x, "x");
    double[] b = sorted(y, "y");
    int n1 = a.length;
    int n2 = b.length;
    double d = statistic(a, b);
    Method used = method == Method.AUTO ? (Math.max(n1, n2) <= MAX_AUTO_N ? Method.EXACT : Method.ASYMPTOTIC) : method;
    if (used == Method.EXACT) {
      long g = gcd(n1, n2);
      long lcm = (n1 / g) * (long) n2;
      long h = Math.round(d * lcm);
      d = (double) h / lcm;
      double p;
      if (h == 0) {
        p = 1.0;
      } else if (n1 == n2) {
        p = outsideSquare(n1, h);
      } else {
        p = 1.0 - insideProbability(n1, n2, g, h);
      }
      return new KsResult(d, clip(p), Method.EXACT);
    }
    double m = Math.max(n1, n2);
    double n = Math.min(n1, n2);
    int en = (int) Math.rint(m * n / (m + n));
    double p = 1.0 - new KolmogorovSmirnovTest().cdf(d, Math.max(en, 1));
    return new KsResult(d, clip(p), Method.ASYMPTOTIC);
  }

  static double statistic(double[] a, double[] b) {
    double max = 0;
    double min = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      double v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      while (i < a.length && a[i] <= v) {
        i++;
      }
      while (j < b.length && b[j] <= v) {
        j++;
      }
      double diff = (double) i / a.length - (double) j / b.length;
      max = Math.max(max, diff);
      min = Math.min(min, diff);
    }
    return Math.max(max, -min);
  }

  /** Share of paths from (0,0) to (n,n) that touch a line x - y = +-h (equal sample sizes). */
  private static double outsideSquare(int n, long h) {
    double p = 0;
    long k = n / h;
    while (k >= 0) {
      double p1 = 1.0;
      for (long j = 0; j < h; j++) {
        p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
      }
      p = p1 * (1.0 - p);
      k--;
    }
    return 2 * p;
  }

  /**
   * Probability that a random lattice path from (0,0) to (m,n) stays strictly inside {@code |ng x -
   * mg y| < h}, by the normalised recursion {@code u(x,y) = (x u(x-1,y) + y u(x,y-1)) / (x+y)}.
   */
  private static double insideProbability(int n1, int n2, long g, long h) {
    int m = Math.max(n1, n2);
    int n = Math.min(n1, n2);
    long mg = m / g;
    long ng = n / g;
    double[] u = new double[n + 1];
    // x = 0: inside while mg * y < h
    for (int y = 0; y <= n; y++) {
      u[y] = mg * (long) y < h ? 1.0 : 0.0;
      if (u[y] == 0.0) {
        for (int z = y + 1; z <= n; z++) {
          u[z] = 0.0;
        }
        break;
      }
    }
    for (int x = 1; x <= m; x++) {
      long nx = ng * (long) x;
      // y range with |nx - mg y| < h
      int ylo = (int) Math.max(0, Math.floorDiv(nx - h, mg) + 1);
      int yhi = (int) Math.min(n, Math.ceilDiv(nx + h, mg) - 1);
      if (ylo > yhi) {
        return 0.0;
      }
      for (int y = 0; y < ylo; y++) {
        u[y] = 0.0;
      }
      double left = 0.0; // u(x, y - 1)
      for (int y = ylo; y <= yhi; y++) {
        double below = y > ylo ? left : 0.0; // u(x, y - 1), zero outside the band
        double val = (x * u[y] + y * below) / (double) (x + y);
        u[y] = val;
        left = val;
      }
      for (int y = yhi + 1; y <= n; y++) {
        u[y] = 0.0;
      }
    }
    return u[n];
  }

  private static double[] sorted(double[] v, String name) {
    Objects.requireNonNull(v, name);
    if (v.length == 0) {
      throw new IllegalArgumentException(name + ": expected at least one value, found none");
    }
    double[] s = v.clone();
    Arrays.sort(s);
    if (Double.isNaN(s[s.length - 1])) {
      throw new IllegalArgumentException(name + ": expected numbers, found NaN");
    }
    return s;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static double clip(double p) {
    return Math.max(0.0, Math.min(1.0, p));
  }
}
