package dev.assay.stats.fairness;

import static dev.assay.stats.fairness.BiasFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Per-group false-positive rate, score at or above the threshold counting as positive. */
class GroupFalsePositiveRateTest {

  @Test
  void conversationaiConfusionMatrixCounts() {
    // model_bias_analysis_test.py test_confusion_matrix_counts: at 0.5, fp 3 and tn 2 -> FPR 0.6
    double[] s = {0.1, 0.2, 0.3, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    int[] y = {1, 0, 0, 0, 0, 0, 1, 1, 1, 1};
    boolean[] all = new boolean[10];
    java.util.Arrays.fill(all, true);
    assertThat(GroupFalsePositiveRate.at(y, s, all, 0.5)).isEqualTo(0.6);
  }

  @Test
  void fortyComments_matchPandas() {
    int[] y = Binarize.labels(TARGET);
    boolean[][] groups = {A, B, C};
    for (int g = 0; g < 3; g++) {
      assertThat(GroupFalsePositiveRate.at(y, SCORE, groups[g], 0.5))
          .isCloseTo(FPR_AT_HALF[g], within(1e-15));
    }
  }

  @Test
  void thresholdIsInclusive_andNoNegativesIsNaN() {
    boolean[] both = {true, true};
    assertThat(GroupFalsePositiveRate.at(new int[] {0, 0}, new double[] {0.5, 0.49}, both, 0.5))
        .isEqualTo(0.5);
    assertThat(GroupFalsePositiveRate.at(new int[] {1, 1}, new double[] {0.5, 0.49}, both, 0.5))
        .isNaN();
  }

  @Test
  void javadocExample() {
    assertThat(GroupFalsePositiveRate.at(new int[] {0, 0, 1}, new double[] {0.7, 0.2, 0.9},
            new boolean[] {true, true, true}, 0.5))
        .isEqualTo(0.5);
  }
}
