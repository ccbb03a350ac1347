package dev.assay.stats.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reference values from scikit-learn, sklearn/metrics/tests/test_classification.py. */
class ConfusionMatrixAndAccuracyTest {
  private static final int[][] MULTI =
      Fixtures.fromConfusion(new int[][] {{19, 4, 1}, {4, 3, 24}, {0, 2, 18}});

  @Test
  void subsetOfLabels_testConfusionMatrixMulticlassSubsetLabels() {
    assertThat(ConfusionMatrix.of(MULTI[0], MULTI[1], new int[] {0, 1}).counts())
        .isEqualTo(new long[][] {{19, 4}, {4, 3}});
    assertThat(ConfusionMatrix.of(MULTI[0], MULTI[1], new int[] {2, 1}).counts())
        .isEqualTo(new long[][] {{18, 2}, {24, 3}});
    // A label that never occurs gives a zero row and column.
    assertThat(ConfusionMatrix.of(MULTI[0], MULTI[1], new int[] {2, 3}).counts())
        .isEqualTo(new long[][] {{18, 0}, {0, 0}});
  }

  @Test
  void labelsAreTheSortedUnion() {
    ConfusionMatrix cm = ConfusionMatrix.of(new int[] {5, 1, 1}, new int[] {1, 1, 9});
    assertThat(cm.labels()).containsExactly(1, 5, 9);
    assertThat(cm.count(1, 9)).isEqualTo(1);
    assertThat(cm.count(5, 1)).isEqualTo(1);
    assertThat(cm.total()).isEqualTo(3);
  }

  @Test
  void accuracyOfTheMulticlassFixture_testPrecisionRecallF1ScoreMulticlass() {
    // Micro-averaged precision equals accuracy for single-label data: sklearn's 0.53 (40/75).
    assertThat(Accuracy.of(MULTI[0], MULTI[1])).isEqualTo(40.0 / 75.0);
  }

  @Test
  void thresholdIsStrict() {
    // scikit-learn predicts class 1 only when P(1) > 0.5 (decision_function > 0).
    assertThat(Accuracy.predict(new double[] {0.5, 0.50001, 0.2}, 0.5)).containsExactly(0, 1, 0);
    assertThat(Accuracy.atThreshold(new int[] {0, 1, 0}, new double[] {0.5, 0.9, 0.1}, 0.5))
        .isEqualTo(1.0);
  }

  @Test
  void accuracyRejectsNonBinaryLabelsForThresholds() {
    assertThatThrownBy(() -> Accuracy.atThreshold(new int[] {2}, new double[] {0.3}, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 0 or 1");
  }
}
