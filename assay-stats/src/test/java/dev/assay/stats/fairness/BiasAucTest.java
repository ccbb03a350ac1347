package dev.assay.stats.fairness;

import static dev.assay.stats.fairness.BiasFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The three bias AUCs against conversationai's tests and the kernel formulas ({@link BiasFixture}). */
class BiasAucTest {

  // conversationai/unintended-ml-bias-analysis, archive/unintended_ml_bias/model_bias_analysis_test.py,
  // make_biased_dataset: asserts 0.88 (subgroup), 0.88 (negative cross = BPSN) and 1.0 (positive
  // cross = BNSP) to one place; roc_auc_score on the same slices gives 0.888888888888889, ..., 1.0.
  private static final double[] BIASED_SCORES = {
    0.1, 0.2, 0.3, 0.21, 0.31, 0.55, 0.5, 0.8, 0.9, 0.4, 0.6, 0.71
  };
  private static final int[] BIASED_LABELS = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
  private static final boolean[] BIASED_GROUP = {
    false, false, false, true, true, true, false, false, false, true, true, true
  };

  @Test
  void biasedDataset_testSubgroupAucAndTestCrossAucs() {
    assertThat(BiasAuc.subgroup(BIASED_LABELS, BIASED_SCORES, BIASED_GROUP))
        .isCloseTo(0.888888888888889, within(1e-15));
    assertThat(BiasAuc.bpsn(BIASED_LABELS, BIASED_SCORES, BIASED_GROUP))
        .isCloseTo(0.888888888888889, within(1e-15));
    assertThat(BiasAuc.bnsp(BIASED_LABELS, BIASED_SCORES, BIASED_GROUP)).isEqualTo(1.0);
  }

  @Test
  void fortyCommentsThreeGroups_matchKernelFormulas() {
    int[] y = Binarize.labels(TARGET);
    boolean[][] groups = {A, B, C};
    for (int g = 0; g < 3; g++) {
      assertThat(BiasAuc.subgroup(y, SCORE, groups[g])).isCloseTo(SUBGROUP[g], within(1e-15));
      assertThat(BiasAuc.bpsn(y, SCORE, groups[g])).isCloseTo(BPSN[g], within(1e-15));
      assertThat(BiasAuc.bnsp(y, SCORE, groups[g])).isCloseTo(BNSP[g], within(1e-15));
    }
  }

  @Test
  void groupWithoutPositives_subgroupAndBnspUndefined() {
    int[] y = Binarize.labels(TARGET);
    boolean[] d = BiasFixture.d();
    assertThat(BiasAuc.subgroup(y, SCORE, d)).isNaN();
    assertThat(BiasAuc.bnsp(y, SCORE, d)).isNaN();
    assertThat(BiasAuc.bpsn(y, SCORE, d)).isCloseTo(D_BPSN, within(1e-15));
  }

  @Test
  void emptyGroup_allUndefined() {
    int[] y = {0, 1};
    double[] s = {0.2, 0.8};
    boolean[] none = {false, false};
    assertThat(BiasAuc.subgroup(y, s, none)).isNaN();
    assertThat(BiasAuc.bpsn(y, s, none)).isNaN();
    assertThat(BiasAuc.bnsp(y, s, none)).isNaN();
  }

  @Test
  void javadocExample() {
    int[] y = {0, 0, 1, 1};
    double[] s = {0.1, 0.6, 0.5, 0.9};
    boolean[] g = {false, true, false, true};
    assertThat(BiasAuc.subgroup(y, s, g)).isEqualTo(1.0);
    assertThat(BiasAuc.bpsn(y, s, g)).isEqualTo(0.0);
    assertThat(BiasAuc.bnsp(y, s, g)).isEqualTo(1.0);
  }

  @Test
  void badInputs_nameTheProblem() {
    assertThatThrownBy(() -> BiasAuc.subgroup(new int[] {0, 2}, new double[] {0, 1},
            new boolean[] {true, true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1 must be 0 or 1, found 2");
    assertThatThrownBy(() -> BiasAuc.bpsn(new int[] {0, 1}, new double[] {0, 1},
            new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 labels but 1 membership flags");
    assertThatThrownBy(() -> BiasAuc.bnsp(new int[] {0, 1}, new double[] {0, Double.NaN},
            new boolean[] {true, false}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score at index 1 must be finite");
  }
}
