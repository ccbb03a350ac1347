package dev.assay.stats.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reliability bins, ECE/MCE and Brier score against scikit-learn. The per-bin values come from
 * {@code sklearn.calibration.calibration_curve(strategy="uniform")} (sklearn/tests/test_calibration.py
 * for the small case; for the 20-sample fixture, scikit-learn 1.2.1 run here with /usr/bin/python3):
 *
 * <pre>
 * pt, pp = calibration_curve(y, p, n_bins=nb)
 * bins = np.linspace(0.0, 1.0, nb + 1)
 * counts = np.bincount(np.searchsorted(bins[1:-1], p), minlength=nb)   # sklearn's own binning
 * c = counts[counts > 0]; gaps = np.abs(pt - pp)
 * ece = np.sum(c / len(y) * gaps); l2 = np.sqrt(np.sum(c / len(y) * gaps**2)); mce = gaps.max()
 * </pre>
 */
class CalibrationTest {
  static final int[] Y = {0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1};
  static final double[] P = {
    0.0, 0.1, 0.1, 0.2, 0.25, 0.3, 0.35, 0.5, 0.5, 0.55, 0.6, 0.65, 0.7, 0.7, 0.8, 0.85, 0.9,
    0.95, 1.0, 1.0
  };

  @Test
  void twoBins_testCalibrationCurve() {
    ReliabilityDiagram d =
        ReliabilityDiagram.of(
            new int[] {0, 0, 0, 1, 1, 1}, new double[] {0.0, 0.1, 0.2, 0.8, 0.9, 1.0}, 2);
    List<ReliabilityBin> bins = d.nonEmptyBins();
    assertThat(bins).hasSize(2);
    assertThat(bins.get(0).accuracy()).isCloseTo(0.0, within(1e-15));
    assertThat(bins.get(1).accuracy()).isCloseTo(1.0, within(1e-15));
    assertThat(bins.get(0).meanConfidence()).isCloseTo(0.1, within(1e-15));
    assertThat(bins.get(1).meanConfidence()).isCloseTo(0.9, within(1e-15));
    // ECE from those bins: 3/6 * 0.1 + 3/6 * 0.1
    assertThat(CalibrationError.of(d, CalibrationError.Norm.L1)).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void tenBinsMatchSklearnIncludingEdgeScores() {
    ReliabilityDiagram d = ReliabilityDiagram.of(Y, P, 10);
    long[] counts = d.bins().stream().mapToLong(ReliabilityBin::count).toArray();
    // 0.3 lies in (0.2, 0.3] and 0.7 in (0.6, 0.7]: bins are closed on the right.
    assertThat(counts).containsExactly(3, 1, 2, 1, 2, 2, 3, 1, 2, 3);
    double[] probTrue = {
      0.3333333333333333, 0.0, 1.0, 0.0, 1.0, 0.5, 0.3333333333333333, 1.0, 0.5, 0.6666666666666666
    };
    double[] probPred = {
      0.06666666666666667, 0.2, 0.275, 0.35, 0.5, 0.575, 0.6833333333333332, 0.8, 0.875,
      0.9833333333333334
    };
    for (int b = 0; b < 10; b++) {
      assertThat(d.bins().get(b).accuracy()).isCloseTo(probTrue[b], within(1e-12));
      assertThat(d.bins().get(b).meanConfidence()).isCloseTo(probPred[b], within(1e-12));
    }
    assertThat(CalibrationError.expected(Y, P, 10)).isCloseTo(0.345, within(1e-12));
    assertThat(CalibrationError.of(Y, P, 10, CalibrationError.Norm.L2))
        .isCloseTo(0.3826170844765473, within(1e-12));
    assertThat(CalibrationError.maximum(Y, P, 10)).isCloseTo(0.725, within(1e-12));
  }

  @Test
  void fiveAndThreeBins() {
    assertThat(ReliabilityDiagram.of(Y, P, 5).bins().stream().mapToLong(ReliabilityBin::count))
        .containsExactly(4L, 3L, 4L, 4L, 5L);
    assertThat(CalibrationError.expected(Y, P, 5)).isCloseTo(0.255, within(1e-12));
    assertThat(CalibrationError.of(Y, P, 5, CalibrationError.Norm.L2))
        .isCloseTo(0.26763625813156683, within(1e-12));
    assertThat(CalibrationError.maximum(Y, P, 5)).isCloseTo(0.36666666666666664, within(1e-12));
    assertThat(ReliabilityDiagram.of(Y, P, 3).bins().stream().mapToLong(ReliabilityBin::count))
        .containsExactly(6L, 6L, 8L);
    assertThat(CalibrationError.expected(Y, P, 3)).isCloseTo(0.205, within(1e-12));
    assertThat(CalibrationError.maximum(Y, P, 3)).isCloseTo(0.3416666666666667, within(1e-12));
  }

  @Test
  void emptyBinsAreReportedButIgnored() {
    ReliabilityDiagram d = ReliabilityDiagram.of(new int[] {1, 0}, new double[] {0.95, 0.05}, 10);
    assertThat(d.bins()).hasSize(10);
    assertThat(d.bins().get(5).count()).isZero();
    assertThat(d.bins().get(5).accuracy()).isNaN();
    assertThat(d.nonEmptyBins()).hasSize(2);
    // Both gaps are 0.05.
    assertThat(CalibrationError.expected(new int[] {1, 0}, new double[] {0.95, 0.05}, 10))
        .isCloseTo(0.05, within(1e-15));
  }

  @Test
  void brier_testBrierScoreLoss() {
    int[] y = {0, 1, 1, 0, 1, 1};
    double[] p = {0.1, 0.8, 0.9, 0.3, 1.0, 0.95};
    // sklearn: linalg.norm(y_true - y_pred) ** 2 / len(y_true) = 0.1525 / 6
    assertThat(BrierScore.of(y, p)).isCloseTo(0.1525 / 6, within(1e-15));
    assertThat(BrierScore.of(new int[] {0}, new double[] {0.4})).isCloseTo(0.16, within(1e-15));
    assertThat(BrierScore.of(new int[] {1}, new double[] {0.4})).isCloseTo(0.36, within(1e-15));
    // /usr/bin/python3: brier_score_loss(Y, P) -> 0.29875
    assertThat(BrierScore.of(Y, P)).isCloseTo(0.29875, within(1e-15));
  }

  @Test
  void badInputIsRejected_testBrierScoreLoss() {
    assertThatThrownBy(() -> BrierScore.of(new int[] {0, 1}, new double[] {0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
    assertThatThrownBy(() -> BrierScore.of(new int[] {0}, new double[] {1.1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> ReliabilityDiagram.of(new int[] {0}, new double[] {0.5}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> CalibrationError.expected(new int[0], new double[0], 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
