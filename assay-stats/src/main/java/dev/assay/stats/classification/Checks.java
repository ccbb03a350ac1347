package dev.assay.stats.classification;

/** Argument checks shared by the classification metrics (package-private). */
final class Checks {
  private Checks() {}

  static void sameLength(int a, int b, String what) {
    if (a != b) {
      throw new IllegalArgumentException(
          what + ": length mismatch, " + a + " labels but " + b + " predictions");
    }
  }

  static void nonEmpty(int n, String what) {
    if (n == 0) {
      throw new IllegalArgumentException(what + ": empty input");
    }
  }

  static void binaryLabels(int[] y, String what) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException(
            what + ": label at index " + i + " must be 0 or 1, found " + y[i]);
      }
    }
  }

  static void probabilities(double[] p, String what) {
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
        throw new IllegalArgumentException(
            what + ": probability at index " + i + " must lie in [0, 1], found " + p[i]);
      }
    }
  }

  static void finite(double[] s, String what) {
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i])) {
        throw new IllegalArgumentException(
            what + ": score at index " + i + " must be finite, found " + s[i]);
      }
    }
  }
}
