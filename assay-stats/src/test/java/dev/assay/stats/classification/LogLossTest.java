package dev.assay.stats.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from scikit-learn, sklearn/metrics/tests/test_classification.py::test_log_loss. */
class LogLossTest {

  @Test
  void multiclass_testLogLoss() {
    double loss =
        LogLoss.multiclass(
            new int[] {1, 0, 2},
            new double[][] {{0.2, 0.7, 0.1}, {0.6, 0.2, 0.2}, {0.6, 0.1, 0.3}});
    assertThat(loss).isCloseTo(0.6904911, within(5e-8));
  }

  @Test
  void rowsAreRenormalised_testLogLoss() {
    // y_true ["ham", "spam", "spam", "ham"] (ham = 0, spam = 1); rows do not sum to 1.
    double loss =
        LogLoss.multiclass(
            new int[] {0, 1, 1, 0},
            new double[][] {{0.2, 0.7}, {0.6, 0.5}, {0.4, 0.1}, {0.7, 0.2}});
    assertThat(loss).isCloseTo(1.0383217, within(5e-7));
  }

  @Test
  void binaryYesNo_testLogLoss() {
    // The yes/no case; /usr/bin/python3: log_loss(y, y_pred) -> 1.881797068998267
    double loss =
        LogLoss.binary(
            new int[] {0, 0, 0, 1, 1, 1}, new double[] {0.5, 0.9, 0.99, 0.1, 0.25, 0.999});
    assertThat(loss).isCloseTo(1.881797068998267, within(1e-14));
  }

  @Test
  void boundaryValuesWithoutClipping_testLogLoss() {
    assertThat(LogLoss.binary(new int[] {0, 1}, new double[] {0, 1}, 0)).isEqualTo(0.0);
    assertThat(LogLoss.binary(new int[] {0, 1}, new double[] {0, 0}, 0)).isInfinite();
    assertThat(LogLoss.binary(new int[] {0, 1}, new double[] {1, 1}, 0)).isInfinite();
  }

  @Test
  void defaultClippingMatchesAutoEps() {
    // /usr/bin/python3: log_loss([0, 1], [1.0, 0.0]) -> 36.04365338911715 (eps="auto")
    assertThat(LogLoss.binary(new int[] {0, 1}, new double[] {1.0, 0.0}))
        .isCloseTo(36.04365338911715, within(1e-9));
  }

  @Test
  void probabilitiesOutsideUnitIntervalAreRejected() {
    assertThatThrownBy(() -> LogLoss.binary(new int[] {0}, new double[] {1.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1]");
  }
}
