package dev.assay.stats.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values from scikit-learn, sklearn/metrics/tests/test_classification.py. Its binary
 * and multi-class fixtures come from an SVC on iris ({@code make_prediction}); the same file pins
 * their confusion matrices ([[22, 3], [8, 17]] in test_confusion_matrix_binary; rows [19, 4, .],
 * [4, 3, 24], [., 2, 18] with supports [24, 31, 20] in test_confusion_matrix_multiclass_subset_labels
 * and test_precision_recall_f1_score_multiclass), and these metrics depend on the predictions only
 * through that matrix, so we rebuild label vectors from it. Full-precision values were printed by
 * scikit-learn 1.2.1 (Debian python3-sklearn) on those vectors:
 *
 * <pre>
 * yt, yp = from_cm(cm)  # repeat (i, j) cm[i][j] times
 * precision_recall_fscore_support(yt, yp, average=None / "binary" / "micro" / "macro" / "weighted")
 * </pre>
 */
class PrecisionRecallF1Test {
  private static final int[][] BINARY = Fixtures.fromConfusion(new int[][] {{22, 3}, {8, 17}});
  private static final int[][] MULTI =
      Fixtures.fromConfusion(new int[][] {{19, 4, 1}, {4, 3, 24}, {0, 2, 18}});

  @Test
  void binaryPerClass_testPrecisionRecallF1ScoreBinary() {
    List<ClassScore> s = PrecisionRecallF1.perClass(BINARY[0], BINARY[1]);
    // sklearn asserts p [0.73, 0.85], r [0.88, 0.68], f [0.80, 0.76] to 2 decimals, support [25, 25]
    assertThat(s.get(0).precision()).isCloseTo(0.7333333333333333, within(1e-15));
    assertThat(s.get(1).precision()).isCloseTo(0.85, within(1e-15));
    assertThat(s.get(0).recall()).isCloseTo(0.88, within(1e-15));
    assertThat(s.get(1).recall()).isCloseTo(0.68, within(1e-15));
    assertThat(s.get(0).f1()).isCloseTo(0.8, within(1e-15));
    assertThat(s.get(1).f1()).isCloseTo(0.7555555555555556, within(1e-15));
    assertThat(s.get(0).support()).isEqualTo(25);
    assertThat(s.get(1).support()).isEqualTo(25);
  }

  @Test
  void binaryAverage_testPrecisionRecallF1ScoreBinary() {
    PrecisionRecallF1 s = PrecisionRecallF1.score(BINARY[0], BINARY[1], Average.BINARY);
    assertThat(s.precision()).isCloseTo(0.85, within(1e-15));
    assertThat(s.recall()).isCloseTo(0.68, within(1e-15));
    assertThat(s.f1()).isCloseTo(0.7555555555555556, within(1e-15));
  }

  @Test
  void multiclassPerClass_testPrecisionRecallF1ScoreMulticlass() {
    List<ClassScore> s = PrecisionRecallF1.perClass(MULTI[0], MULTI[1]);
    double[] p = {0.8260869565217391, 0.3333333333333333, 0.4186046511627907};
    double[] r = {0.7916666666666666, 0.0967741935483871, 0.9};
    double[] f = {0.8085106382978724, 0.15000000000000002, 0.5714285714285715};
    long[] support = {24, 31, 20};
    for (int i = 0; i < 3; i++) {
      assertThat(s.get(i).precision()).isCloseTo(p[i], within(1e-15));
      assertThat(s.get(i).recall()).isCloseTo(r[i], within(1e-15));
      assertThat(s.get(i).f1()).isCloseTo(f[i], within(1e-15));
      assertThat(s.get(i).support()).isEqualTo(support[i]);
    }
  }

  @Test
  void multiclassAverages_testPrecisionRecallF1ScoreMulticlass() {
    // sklearn asserts micro 0.53/0.53/0.53, macro 0.53/0.60/0.51, weighted 0.51/0.53/0.47
    PrecisionRecallF1 micro = PrecisionRecallF1.score(MULTI[0], MULTI[1], Average.MICRO);
    assertThat(micro.precision()).isCloseTo(0.5333333333333333, within(1e-15));
    assertThat(micro.recall()).isCloseTo(0.5333333333333333, within(1e-15));
    assertThat(micro.f1()).isCloseTo(0.5333333333333333, within(1e-15));
    PrecisionRecallF1 macro = PrecisionRecallF1.score(MULTI[0], MULTI[1], Average.MACRO);
    assertThat(macro.precision()).isCloseTo(0.5260083136726211, within(1e-15));
    assertThat(macro.recall()).isCloseTo(0.596146953405018, within(1e-15));
    assertThat(macro.f1()).isCloseTo(0.5099797365754813, within(1e-15));
    PrecisionRecallF1 weighted = PrecisionRecallF1.score(MULTI[0], MULTI[1], Average.WEIGHTED);
    assertThat(weighted.precision()).isCloseTo(0.5137535108414785, within(1e-15));
    assertThat(weighted.recall()).isCloseTo(0.5333333333333333, within(1e-15));
    assertThat(weighted.f1()).isCloseTo(0.47310435663627154, within(1e-15));
  }

  @Test
  void binaryAverageRejectsThreeClasses() {
    assertThatThrownBy(() -> PrecisionRecallF1.score(MULTI[0], MULTI[1], Average.BINARY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most two classes");
  }

  @Test
  void pathologicalCasesGiveZero_testZeroPrecisionRecall() {
    int[] yTrue = {0, 1, 2, 0, 1, 2};
    int[] yPred = {2, 0, 1, 1, 2, 0};
    PrecisionRecallF1 s = PrecisionRecallF1.score(yTrue, yPred, Average.MACRO);
    assertThat(s.precision()).isEqualTo(0.0);
    assertThat(s.recall()).isEqualTo(0.0);
    assertThat(s.f1()).isEqualTo(0.0);
  }

  @Test
  void singleClass_testPrecisionRecallFBinarySingleClass() {
    PrecisionRecallF1 ones = PrecisionRecallF1.score(new int[] {1, 1}, new int[] {1, 1}, Average.BINARY);
    assertThat(ones.precision()).isEqualTo(1.0);
    assertThat(ones.recall()).isEqualTo(1.0);
    assertThat(ones.f1()).isEqualTo(1.0);
    // Only the negative class (-1) present: the positive class 1 has no tp, fp or fn -> 0.
    PrecisionRecallF1 neg =
        PrecisionRecallF1.score(new int[] {-1, -1}, new int[] {-1, -1}, Average.BINARY);
    assertThat(neg.precision()).isEqualTo(0.0);
    assertThat(neg.recall()).isEqualTo(0.0);
    assertThat(neg.f1()).isEqualTo(0.0);
  }

  @Test
  void zeroDivisionValueIsUsed_testPrecisionRecallF1ScoreWithAnEmptyPrediction() {
    // Class 0 is never predicted: precision 0/0 takes the zero_division value (sklearn's
    // single-label analogue of its multilabel empty-prediction test); F1 stays 0 since recall is 0.
    int[] yTrue = {0, 1, 1};
    int[] yPred = {1, 1, 1};
    List<ClassScore> zero = PrecisionRecallF1.perClass(yTrue, yPred, 0.0);
    List<ClassScore> one = PrecisionRecallF1.perClass(yTrue, yPred, 1.0);
    assertThat(zero.get(0).precision()).isEqualTo(0.0);
    assertThat(one.get(0).precision()).isEqualTo(1.0);
    assertThat(one.get(0).recall()).isEqualTo(0.0);
    assertThat(one.get(0).f1()).isEqualTo(0.0);
  }

  @Test
  void lengthMismatchAndEmptyAreRejected() {
    assertThatThrownBy(() -> PrecisionRecallF1.score(new int[] {0, 1}, new int[] {0}, Average.MACRO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
    assertThatThrownBy(() -> PrecisionRecallF1.score(new int[0], new int[0], Average.MACRO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }
}
