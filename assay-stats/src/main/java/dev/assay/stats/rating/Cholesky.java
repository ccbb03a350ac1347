package dev.assay.stats.rating;

/**
 * In-place Cholesky factorisation and solve for small dense symmetric positive-definite matrices
 * stored row-major in a {@code double[]}; the Newton solver of {@link NewtonBradleyTerry} uses it.
 *
 * <pre>{@code
 * if (Cholesky.decompose(a, n)) Cholesky.solve(a, n, b);   // b := A^-1 b
 * }</pre>
 */
final class Cholesky {
  private Cholesky() {}

  /** Overwrites the lower triangle of {@code a} with L (A = L L^T); false if not positive. */
  static boolean decompose(double[] a, int n) {
    for (int j = 0; j < n; j++) {
      int rj = j * n;
      double d = a[rj + j];
      for (int k = 0; k < j; k++) {
        d -= a[rj + k] * a[rj + k];
      }
      if (!(d > 0)) {
        return false;
      }
      double ljj = Math.sqrt(d);
      a[rj + j] = ljj;
      double inv = 1.0 / ljj;
      for (int i = j + 1; i < n; i++) {
        int ri = i * n;
        double s = a[ri + j];
        for (int k = 0; k < j; k++) {
          s -= a[ri + k] * a[rj + k];
        }
        a[ri + j] = s * inv;
      }
    }
    return true;
  }

  /** Solves L L^T x = b in place, with L from {@link #decompose}. */
  static void solve(double[] l, int n, double[] b) {
    for (int i = 0; i < n; i++) {
      int ri = i * n;
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[ri + k] * b[k];
      }
      b[i] = s / l[ri + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k * n + i] * b[k];
      }
      b[i] = s / l[i * n + i];
    }
  }
}
