package dev.assay.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.stats.agreement.KrippendorffAlpha.Level;
import org.junit.jupiter.api.Test;

/**
 * Reference values from the {@code krippendorff} package, pln-fing-udelar/fast-krippendorff
 * tests/test_krippendorff.py (test names below), and from irrCAC
 * test/unit/irrCAC/raw/test_krippendorff.py (nominal alpha on irrCAC's data sets, 3 digits).
 */
class KrippendorffAlphaTest {
  private static final double N = Double.NaN;

  @Test
  void nominal_testNominalMetricReliabilityData() {
    assertThat(KrippendorffAlpha.of(Data.KRIPPENDORFF_3_CODERS, Level.NOMINAL))
        .isCloseTo(0.691358, within(5e-7));
  }

  @Test
  void interval_testIntervalMetric() {
    assertThat(KrippendorffAlpha.of(Data.KRIPPENDORFF_3_CODERS, Level.INTERVAL))
        .isCloseTo(0.810845, within(5e-7));
  }

  @Test
  void ordinal_testOrdinalMetric() {
    assertThat(KrippendorffAlpha.of(Data.KRIPPENDORFF_4_CODERS, Level.ORDINAL))
        .isCloseTo(0.815, within(5e-4));
  }

  @Test
  void ratio_testRatioMetric() {
    assertThat(KrippendorffAlpha.of(Data.KRIPPENDORFF_4_CODERS, Level.RATIO))
        .isCloseTo(0.797, within(5e-4));
  }

  @Test
  void ratioWithZeros_testRatioMetricWithZeros() {
    double[][] d = Data.transpose(new double[][] {{0, 1, 2}, {0, 1, 2}});
    assertThat(KrippendorffAlpha.of(d, Level.RATIO)).isEqualTo(1.0);
  }

  @Test
  void stringLabelsNominal_testStringLabelsNominal() {
    // pos = 1, neg = 2, neu = 3
    double[][] d =
        Data.transpose(new double[][] {{1, 2, 3, N}, {1, 2, 3, 1}, {1, 2, 1, 1}});
    assertThat(KrippendorffAlpha.of(d, Level.NOMINAL)).isCloseTo(0.722222, within(5e-7));
  }

  @Test
  void perfectAgreement_testPerfectAgreement() {
    double[][] d = Data.transpose(new double[][] {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}});
    for (Level level : Level.values()) {
      assertThat(KrippendorffAlpha.of(d, level)).isEqualTo(1.0);
    }
  }

  @Test
  void irrCacNominal_testKrippendorffKappaRaw() {
    assertThat(KrippendorffAlpha.of(Data.RAW_4RATERS, Level.NOMINAL)).isCloseTo(0.743, within(5e-4));
    assertThat(KrippendorffAlpha.of(Data.RAW_5OBSERVERS, Level.NOMINAL))
        .isCloseTo(0.481, within(5e-4));
    assertThat(KrippendorffAlpha.of(Data.RAW_G1G2, Level.NOMINAL)).isCloseTo(0.632, within(5e-4));
    assertThat(KrippendorffAlpha.of(Data.RAW_GENDER, Level.NOMINAL)).isCloseTo(0.143, within(5e-4));
    assertThat(KrippendorffAlpha.of(Data.RAW_BEN_GERRY, Level.NOMINAL))
        .isCloseTo(0.665, within(5e-4));
  }

  @Test
  void singleValueIsUndefined_testErrorSingleValueInDomain() {
    // The package raises; we return NaN (0/0), documented.
    assertThat(KrippendorffAlpha.of(new double[][] {{1, 1}, {1, 1}}, Level.NOMINAL)).isNaN();
  }

  @Test
  void noPairableUnit_testErrorInsufficientCodersPerUnit() {
    double[][] d = Data.transpose(new double[][] {{1, N}, {N, 2}});
    assertThatThrownBy(() -> KrippendorffAlpha.of(d, Level.NOMINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two raters");
  }
}
