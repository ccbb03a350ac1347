package dev.assay.train.toxicity;

/**
 * Solves {@code A x = b} for a symmetric positive-definite matrix by its Cholesky factor {@code A
 * = L L^T}. Only the lower triangle of {@code A} is read. A pivot that rounds to zero or below is
 * clamped to a tiny positive value, so a nearly singular system still gives a finite (damped)
 * answer instead of NaN; the Newton solver that uses it adds a ridge anyway.
 *
 * <pre>{@code
 * double[] x = Cholesky.solve(new double[][] {{4, 0}, {2, 3}}, new double[] {8, 9});   // {0.75, 2.5}: only the lower triangle is read
 * }</pre>
 */
public final class Cholesky {
  private Cholesky() {}

  /** The solution of {@code a x = b}; {@code a} is square, symmetric, positive definite. */
  public static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    if (a.length != n) {
      throw new IllegalArgumentException("matrix has " + a.length + " rows, right-hand side " + n);
    }
    double[][] l = new double[n][];
    for (int i = 0; i < n; i++) {
      l[i] = new double[i + 1];
      double[] li = l[i];
      for (int j = 0; j <= i; j++) {
        double[] lj = l[j];
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= li[k] * lj[k];
        }
        li[j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / lj[j];
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      double[] li = l[i];
      for (int k = 0; k < i; k++) {
        s -= li[k] * z[k];
      }
      z[i] = s / li[i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
