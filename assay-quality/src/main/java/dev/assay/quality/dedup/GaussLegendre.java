package dev.assay.quality.dedup;

import java.util.function.DoubleUnaryOperator;

/**
 * Gauss-Legendre quadrature with {@code m} nodes: exact for polynomials of degree up to
 * {@code 2m − 1}. Nodes are the roots of the Legendre polynomial P_m found by Newton's method from
 * the Chebyshev-like starting guesses, weights {@code 2 / ((1 − x²) P_m'(x)²)}.
 *
 * <pre>{@code
 * GaussLegendre gl = new GaussLegendre(10);
 * double area = gl.integrate(s -> s * s, 0, 1);   // 1/3
 * }</pre>
 */
public final class GaussLegendre {
  private final double[] nodes;
  private final double[] weights;

  /** Builds the rule with {@code m} ≥ 1 nodes. */
  public GaussLegendre(int m) {
    if (m < 1) {
      throw new IllegalArgumentException("Gauss-Legendre nodes: expected at least 1, found " + m);
    }
    nodes = new double[m];
    weights = new double[m];
    for (int i = 0; i < (m + 1) / 2; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (m + 0.5));
      for (int iter = 0; iter < 100; iter++) {
        double[] p = legendre(m, x);
        double dx = p[0] / p[1];
        x -= dx;
        if (Math.abs(dx) < 1e-15) {
          break;
        }
      }
      double dp = legendre(m, x)[1];
      double w = 2 / ((1 - x * x) * dp * dp);
      nodes[i] = -x;
      nodes[m - 1 - i] = x;
      weights[i] = w;
      weights[m - 1 - i] = w;
    }
  }

  /** {@code {P_m(x), P_m'(x)}} by the three-term recurrence. */
  private static double[] legendre(int m, double x) {
    double p0 = 1;
    double p1 = x;
    for (int k = 2; k <= m; k++) {
      double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
      p0 = p1;
      p1 = p2;
    }
    return new double[] {p1, m * (x * p1 - p0) / (x * x - 1)};
  }

  /** The number of nodes. */
  public int size() {
    return nodes.length;
  }

  /** The integral of {@code f} over {@code [lo, hi]}. */
  public double integrate(DoubleUnaryOperator f, double lo, double hi) {
    double half = (hi - lo) / 2;
    double mid = (hi + lo) / 2;
    double sum = 0;
    for (int i = 0; i < nodes.length; i++) {
      sum += weights[i] * f.applyAsDouble(mid + half * nodes[i]);
    }
    return sum * half;
  }
}
