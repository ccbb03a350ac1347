package dev.assay.stats.calibration;

/** Argument checks shared by the calibration metrics (package-private). */
final class Checks {
  private Checks() {}

  static void binaryInput(int[] y, double[] p, String what) {
    if (y.length != p.length) {
      throw new IllegalArgumentException(
          what + ": length mismatch, " + y.length + " labels but " + p.length
              + " probabilities");
    }
    if (y.length == 0) {
      throw new IllegalArgumentException(what + ": empty input");
    }
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException(
            what + ": label at index " + i + " must be 0 or 1, found " + y[i]);
      }
      if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
        throw new IllegalArgumentException(
            what + ": probability at index " + i + " must lie in [0, 1], found " + p[i]);
      }
    }
  }
}
