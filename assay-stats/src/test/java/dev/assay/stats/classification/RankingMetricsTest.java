package dev.assay.stats.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * ROC AUC and average precision against scikit-learn, sklearn/metrics/tests/test_ranking.py and
 * test_classification.py (function names in the test names).
 */
class RankingMetricsTest {

  @Test
  void rocToyData_testRocCurveToydata() {
    assertThat(RocCurve.auc(new int[] {0, 1}, new double[] {0, 1})).isEqualTo(1.0);
    assertThat(RocCurve.auc(new int[] {0, 1}, new double[] {1, 0})).isEqualTo(0.0);
    assertThat(RocCurve.auc(new int[] {1, 0}, new double[] {1, 1})).isEqualTo(0.5);
    assertThat(RocCurve.auc(new int[] {1, 0}, new double[] {1, 0})).isEqualTo(1.0);
    assertThat(RocCurve.auc(new int[] {1, 0}, new double[] {0.5, 0.5})).isEqualTo(0.5);
  }

  @Test
  void rocCurvePoints_testRocCurveToydata() {
    // y_true [0, 1], y_score [0, 1]: fpr [0, 0, 1], tpr [0, 1, 1]
    RocCurve c = RocCurve.of(new int[] {0, 1}, new double[] {0, 1});
    assertThat(c.fpr()).containsExactly(0, 0, 1);
    assertThat(c.tpr()).containsExactly(0, 1, 1);
    // y_true [1, 0], y_score [0.5, 0.5]: a single tied point, fpr [0, 1], tpr [0, 1]
    RocCurve tied = RocCurve.of(new int[] {1, 0}, new double[] {0.5, 0.5});
    assertThat(tied.fpr()).containsExactly(0, 1);
    assertThat(tied.tpr()).containsExactly(0, 1);
  }

  @Test
  void oneClassIsUndefined_testRocCurveToydata() {
    // sklearn raises ValueError for roc_auc_score([0, 0], ...); we return NaN (documented).
    assertThat(RocCurve.auc(new int[] {0, 0}, new double[] {0.25, 0.75})).isNaN();
    assertThat(RocCurve.auc(new int[] {1, 1}, new double[] {0.25, 0.75})).isNaN();
    // roc_curve gives tpr = nan everywhere when there is no positive, fpr [0, 0.5, 1].
    RocCurve c = RocCurve.of(new int[] {0, 0}, new double[] {0.25, 0.75});
    assertThat(c.fpr()).containsExactly(0, 0.5, 1);
    assertThat(java.util.Arrays.stream(c.tpr()).allMatch(Double::isNaN)).isTrue();
  }

  @Test
  void rocWithTies_calibrationFixture() {
    // /usr/bin/python3: roc_auc_score(y, p) on the fixture of CalibrationErrorTest -> 0.5707070707070707
    assertThat(RocCurve.auc(CalibrationFixture.Y, CalibrationFixture.P))
        .isCloseTo(0.5707070707070707, within(1e-15));
  }

  @Test
  void averagePrecisionToyData_testPrecisionRecallCurveToydata() {
    assertThat(AveragePrecision.score(new int[] {0, 1}, new double[] {0, 1})).isEqualTo(1.0);
    assertThat(AveragePrecision.score(new int[] {0, 1}, new double[] {1, 0})).isEqualTo(0.5);
    assertThat(AveragePrecision.score(new int[] {1, 0}, new double[] {1, 1})).isEqualTo(0.5);
    assertThat(AveragePrecision.score(new int[] {1, 0}, new double[] {1, 0})).isEqualTo(1.0);
    assertThat(AveragePrecision.score(new int[] {1, 0}, new double[] {0.5, 0.5})).isEqualTo(0.5);
    // No positive: sklearn warns and returns 0.
    assertThat(AveragePrecision.score(new int[] {0, 0}, new double[] {0.25, 0.75})).isEqualTo(0.0);
    assertThat(AveragePrecision.score(new int[] {1, 1}, new double[] {0.25, 0.75})).isEqualTo(1.0);
  }

  @Test
  void averagePrecisionConstantScore_testAveragePrecisionConstantValues() {
    int[] y = new int[100];
    for (int i = 0; i < 100; i += 4) {
      y[i] = 1;
    }
    double[] s = new double[100];
    java.util.Arrays.fill(s, 1.0);
    assertThat(AveragePrecision.score(y, s)).isEqualTo(0.25);
  }

  @Test
  void averagePrecisionDuplicates_testAveragePrecisionScoreDuplicateValues() {
    int[] y = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
    double[] s = {0, 0.1, 0.1, 0.4, 0.5, 0.6, 0.6, 0.9, 0.9, 1, 1};
    assertThat(AveragePrecision.score(y, s)).isEqualTo(1.0);
  }

  @Test
  void averagePrecisionTies_testAveragePrecisionScoreTiedValues() {
    // sklearn asserts != 1; /usr/bin/python3: average_precision_score([0,1,1],[0.5,0.5,0.6])
    // -> 0.8333333333333333
    assertThat(AveragePrecision.score(new int[] {0, 1, 1}, new double[] {0.5, 0.5, 0.6}))
        .isCloseTo(0.8333333333333333, within(1e-15));
  }

  @Test
  void averagePrecisionFixture() {
    // /usr/bin/python3: average_precision_score(y, p) on CalibrationFixture -> 0.6035004070889239
    assertThat(AveragePrecision.score(CalibrationFixture.Y, CalibrationFixture.P))
        .isCloseTo(0.6035004070889239, within(1e-15));
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> RocCurve.auc(new int[] {0, 2}, new double[] {0.1, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 0 or 1");
    assertThatThrownBy(() -> AveragePrecision.score(new int[] {0, 1}, new double[] {0.1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> RocCurve.auc(new int[] {0, 1}, new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
  }
}
