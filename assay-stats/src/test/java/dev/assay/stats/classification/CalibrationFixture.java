package dev.assay.stats.classification;

/**
 * A 20-sample binary fixture with ties and scores on bin edges, shared with the calibration
 * tests. Reference values for it were printed by scikit-learn 1.2.1 (Debian python3-sklearn).
 */
final class CalibrationFixture {
  static final int[] Y = {0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1};
  static final double[] P = {
    0.0, 0.1, 0.1, 0.2, 0.25, 0.3, 0.35, 0.5, 0.5, 0.55, 0.6, 0.65, 0.7, 0.7, 0.8, 0.85, 0.9,
    0.95, 1.0, 1.0
  };

  private CalibrationFixture() {}
}
