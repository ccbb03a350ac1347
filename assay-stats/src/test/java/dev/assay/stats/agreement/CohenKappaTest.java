package dev.assay.stats.agreement;

import static dev.assay.stats.agreement.Data.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.stats.agreement.CohenKappa.Weights;
import org.junit.jupiter.api.Test;

/**
 * Reference values from scikit-learn sklearn/metrics/tests/test_classification.py::test_cohen_kappa
 * (Artstein and Poesio 2008 tables) and statsmodels/stats/tests/test_inter_rater.py::
 * test_cohens_kappa_irr (R irr {@code kappa2} on the {@code anxiety} data, raters 2 and 3;
 * scikit-learn 1.2.1's cohen_kappa_score gives the same three values here).
 */
class CohenKappaTest {

  @Test
  void artsteinPoesioTable1_testCohenKappa() {
    double[] y1 = repeat(0, 40, 1, 60);
    double[] y2 = repeat(0, 20, 1, 20, 0, 10, 1, 50);
    double k = CohenKappa.of(y1, y2, Weights.NONE).value();
    assertThat(k).isCloseTo(0.348, within(5e-4));
    assertThat(CohenKappa.of(y2, y1, Weights.NONE).value()).isEqualTo(k);
    assertThat(CohenKappa.of(y1, y1, Weights.NONE).value()).isEqualTo(1.0);
  }

  @Test
  void artsteinPoesioTable4_testCohenKappa() {
    double[] y1 = repeat(0, 46, 1, 44, 2, 10);
    double[] y2 = repeat(0, 52, 1, 32, 2, 16);
    assertThat(CohenKappa.of(y1, y2, Weights.NONE).value()).isCloseTo(0.8013, within(5e-5));
  }

  @Test
  void weights_testCohenKappa() {
    double[] y1 = repeat(0, 46, 1, 44, 2, 10);
    double[] y2 = repeat(0, 50, 1, 40, 2, 10);
    assertThat(CohenKappa.of(y1, y2, Weights.NONE).value()).isCloseTo(0.9315, within(5e-5));
    assertThat(CohenKappa.of(y1, y2, Weights.LINEAR).value()).isCloseTo(0.9412, within(5e-5));
    assertThat(CohenKappa.of(y1, y2, Weights.QUADRATIC).value()).isCloseTo(0.9541, within(5e-5));
  }

  @Test
  void anxiety_testCohensKappaIrr() {
    double[] r2 = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    double[] r3 = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
    double[][] m = Data.columns(r2, r3);
    assertThat(CohenKappa.of(m, Weights.NONE).value()).isCloseTo(-0.006289308, within(1e-9));
    assertThat(CohenKappa.of(m, Weights.LINEAR).value()).isCloseTo(0.1459075, within(1e-7));
    assertThat(CohenKappa.of(m, Weights.QUADRATIC).value()).isCloseTo(0.2520325, within(1e-7));
  }

  @Test
  void missingPairsAreDropped() {
    double[] a = {1, 2, Double.NaN, 2, 1};
    double[] b = {1, 2, 1, Double.NaN, 2};
    double[] a2 = {1, 2, 1};
    double[] b2 = {1, 2, 2};
    assertThat(CohenKappa.of(a, b, Weights.NONE).value())
        .isEqualTo(CohenKappa.of(a2, b2, Weights.NONE).value());
    assertThat(CohenKappa.of(a, b, Weights.NONE).items()).isEqualTo(3);
  }

  @Test
  void oneSharedCategoryIsUndefined() {
    // Both raters always say 1: expected disagreement 0, kappa = 0/0 (sklearn also gives nan).
    assertThat(CohenKappa.of(new double[] {1, 1, 1}, new double[] {1, 1, 1}, Weights.NONE).value())
        .isNaN();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> CohenKappa.of(new double[][] {{1, 2, 3}}, Weights.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly 2 raters");
    assertThatThrownBy(() -> CohenKappa.of(new double[] {1}, new double[] {1, 2}, Weights.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
    assertThatThrownBy(
            () ->
                CohenKappa.of(
                    new double[] {Double.NaN}, new double[] {1}, Weights.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no item rated by both");
    assertThatThrownBy(
            () ->
                CohenKappa.of(
                    new double[] {1, 7}, new double[] {1, 2}, Weights.LINEAR, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not among the labels");
  }
}
