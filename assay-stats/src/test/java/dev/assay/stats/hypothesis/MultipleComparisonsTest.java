package dev.assay.stats.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from statsmodels/stats/tests/test_multi.py (res_multtest1: R package multtest
 * {@code mt.rawp2adjp}; columns rawp, Bonferroni, Holm, Hochberg, SidakSS, SidakSD, BH, BY), as
 * used by TestMultiTests1::test_multi_pvalcorrection_rmethods.
 */
class MultipleComparisonsTest {
  private static final double[] PVAL0 = {
    0.838541367553, 0.642193923795, 0.680845947633, 0.967833824309, 0.71626938238,
    0.177096952723, 5.23656777208e-005, 0.0202732688798, 0.00028140506198, 0.0149877310796
  };
  // Sorted raw p-values with their Holm and BH adjustments (columns 0, 2 and 6).
  private static final double[] RAW = {
    5.2365677720800003e-05, 2.8140506198000000e-04, 1.4987731079600001e-02,
    2.0273268879800001e-02, 1.7709695272300000e-01, 6.4219392379499995e-01,
    6.8084594763299999e-01, 7.1626938238000004e-01, 8.3854136755300002e-01,
    9.6783382430900000e-01
  };
  private static final double[] HOLM = {
    5.2365677720800005e-04, 2.5326455578199999e-03, 1.1990184863680001e-01,
    1.4191288215860001e-01, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0
  };
  private static final double[] BH = {
    5.2365677720800005e-04, 1.4070253098999999e-03, 4.9959103598666670e-02,
    5.0683172199499998e-02, 3.5419390544599999e-01, 8.9533672797500008e-01,
    8.9533672797500008e-01, 8.9533672797500008e-01, 9.3171263061444454e-01,
    9.6783382430900000e-01
  };

  @Test
  void holm_testMultiPvalcorrectionRmethods() {
    double[] adj = MultipleComparisons.holm(RAW);
    for (int i = 0; i < RAW.length; i++) {
      assertThat(adj[i]).isCloseTo(HOLM[i], within(1e-15));
    }
  }

  @Test
  void benjaminiHochberg_testMultiPvalcorrectionRmethods() {
    double[] adj = MultipleComparisons.benjaminiHochberg(RAW);
    for (int i = 0; i < RAW.length; i++) {
      assertThat(adj[i]).isCloseTo(BH[i], within(1e-15));
    }
  }

  @Test
  void resultsKeepTheInputOrder() {
    double[] holm = MultipleComparisons.holm(PVAL0);
    double[] bh = MultipleComparisons.benjaminiHochberg(PVAL0);
    for (int i = 0; i < PVAL0.length; i++) {
      int rank = java.util.Arrays.binarySearch(RAW, PVAL0[i]);
      assertThat(holm[i]).isCloseTo(HOLM[rank], within(1e-15));
      assertThat(bh[i]).isCloseTo(BH[rank], within(1e-15));
    }
    boolean[] reject = MultipleComparisons.reject(bh, 0.05);
    assertThat(reject[6]).isTrue(); // 5.2e-05
    assertThat(reject[7]).isFalse(); // 0.0203 -> 0.0507
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> MultipleComparisons.holm(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> MultipleComparisons.benjaminiHochberg(new double[] {0.1, 1.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1]");
  }
}
