package dev.assay.stats.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from statsmodels: statsmodels/stats/tests/test_nonparametric.py
 * (test_mcnemar_exact: Vassar College online calculator, 6 decimals; test_mcnemar_chisquare: R
 * {@code mcnemar.test}, rtol 1e-6) and statsmodels/stats/tests/test_contingency_tables.py::test_mcnemar
 * (R results in results/contingency_table_r_results.csv, table [[23, 15], [19, 31]]).
 */
class McNemarTest {

  @Test
  void exact_testMcnemarExact() {
    long[][] tables = {
      {101, 121, 59, 33}, {101, 70, 59, 33}, {101, 80, 59, 33},
      {101, 30, 60, 33}, {101, 10, 30, 33}, {101, 10, 10, 33}
    };
    double[] stat = {59, 59, 59, 30, 10, 10};
    double[] p = {0.000004, 0.378688, 0.089452, 0.00206, 0.002221, 1.0};
    for (int i = 0; i < tables.length; i++) {
      TestResult r = McNemar.test(tables[i], true, true);
      assertThat(r.statistic()).isEqualTo(stat[i]);
      assertThat(r.pValue()).as("table %d", i).isCloseTo(p[i], within(1.5e-6));
      assertThat(r.method()).isEqualTo("mcnemar-exact");
    }
  }

  @Test
  void chiSquareCorrected_testMcnemarChisquare() {
    check(McNemar.chiSquare(101, 121, 59, 33, true), 2.067222e01, 5.450095e-06);
    check(McNemar.chiSquare(101, 70, 59, 33, true), 0.7751938, 0.3786151);
    check(McNemar.chiSquare(101, 80, 59, 33, true), 2.87769784, 0.08981434);
  }

  @Test
  void chiSquareUncorrected_testMcnemarChisquare() {
    check(McNemar.chiSquare(101, 121, 59, 33, false), 2.135556e01, 3.815136e-06);
    check(McNemar.chiSquare(101, 70, 59, 33, false), 0.9379845, 0.3327967);
    check(McNemar.chiSquare(101, 80, 59, 33, false), 3.17266187, 0.07488031);
  }

  @Test
  void rResults_testMcnemar() {
    // homog_stat (chi2 without correction), homog_cont_p, homog_binom_p
    assertThat(McNemar.chiSquare(23, 15, 19, 31, false).statistic())
        .isCloseTo(0.470588235294118, within(1e-13));
    assertThat(McNemar.chiSquare(23, 15, 19, 31, true).pValue())
        .isCloseTo(0.606905427217951, within(1e-12));
    assertThat(McNemar.exact(23, 15, 19, 31).pValue()).isCloseTo(0.60759136127308, within(1e-12));
  }

  @Test
  void noDiscordantPairs() {
    // Exact: Binomial(0, 1/2) puts all mass on 0, p = min(1, 2) = 1 (as statsmodels).
    assertThat(McNemar.exact(5, 0, 0, 7).pValue()).isEqualTo(1.0);
    // Chi-square: 0/0, NaN as in statsmodels.
    TestResult chi = McNemar.chiSquare(5, 0, 0, 7, true);
    assertThat(chi.statistic()).isNaN();
    assertThat(chi.pValue()).isNaN();
  }

  @Test
  void badTablesAreRejected() {
    assertThatThrownBy(() -> McNemar.exact(1, -2, 3, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> McNemar.test(new long[] {1, 2, 3}, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 cells");
  }

  private static void check(TestResult r, double statistic, double p) {
    assertThat(r.statistic()).isCloseTo(statistic, within(Math.abs(statistic) * 1e-6));
    assertThat(r.pValue()).isCloseTo(p, within(p * 1e-6));
  }
}
