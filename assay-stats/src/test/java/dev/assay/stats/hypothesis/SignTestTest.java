package dev.assay.stats.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from statsmodels/stats/tests/test_descriptivestats.py::test_sign_test (R
 * {@code SIGN.test}) and scipy/stats/tests/test_stats.py::test_binomtest2 and test_binomtest
 * (exact two-sided binomial p-values with p = 1/2, which is the sign test).
 */
class SignTestTest {

  @Test
  void oneSample_testSignTest() {
    double[] x = {7.8, 6.6, 6.5, 7.4, 7.3, 7.0, 6.4, 7.1, 6.7, 7.6, 6.8};
    TestResult r = SignTest.oneSample(x, 6.5);
    assertThat(r.statistic()).isEqualTo(4.0);
    assertThat(r.pValue()).isCloseTo(0.02148, within(5e-6));
  }

  @Test
  void fullTable_testBinomtest2() {
    double[][] expected = {
      {1.0, 1.0},
      {0.5, 1.0, 0.5},
      {0.25, 1.00, 1.00, 0.25},
      {0.125, 0.625, 1.000, 0.625, 0.125},
      {0.0625, 0.3750, 1.0000, 1.0000, 0.3750, 0.0625},
      {0.03125, 0.21875, 0.68750, 1.00000, 0.68750, 0.21875, 0.03125},
      {0.015625, 0.125000, 0.453125, 1.000000, 1.000000, 0.453125, 0.125000, 0.015625},
      {0.0078125, 0.0703125, 0.2890625, 0.7265625, 1.0, 0.7265625, 0.2890625, 0.0703125, 0.0078125},
      {0.00390625, 0.03906250, 0.17968750, 0.50781250, 1.0, 1.0, 0.50781250, 0.17968750,
        0.03906250, 0.00390625},
      {0.001953125, 0.021484375, 0.109375000, 0.343750000, 0.753906250, 1.0, 0.753906250,
        0.343750000, 0.109375000, 0.021484375, 0.001953125}
    };
    for (int k = 1; k <= 10; k++) {
      for (int v = 0; v <= k; v++) {
        assertThat(SignTest.counts(v, k - v).pValue())
            .as("%d of %d", v, k)
            .isCloseTo(expected[k - 1][v], within(1e-10));
      }
    }
  }

  @Test
  void farTailKeepsRelativePrecision_testBinomtest() {
    // binomtest(450, 501, 0.5).pvalue = 7.8284591587323951e-081 (12 significant digits)
    double p = SignTest.counts(450, 51).pValue();
    assertThat(p).isCloseTo(7.8284591587323951e-81, within(7.8284591587323951e-81 * 1e-11));
  }

  @Test
  void pairedDropsTies() {
    TestResult r = SignTest.paired(new double[] {1, 2, 3, 4}, new double[] {0, 2, 5, 1});
    // signs +, tie, -, +: M = (2 - 1) / 2, p = binomtest(1, 3).pvalue = 1.0 (table above)
    assertThat(r.statistic()).isEqualTo(0.5);
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void allTiesGiveNoEvidence() {
    TestResult r = SignTest.oneSample(new double[] {2, 2, 2}, 2);
    assertThat(r.statistic()).isEqualTo(0.0);
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> SignTest.paired(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
    assertThatThrownBy(() -> SignTest.oneSample(new double[] {Double.NaN}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
