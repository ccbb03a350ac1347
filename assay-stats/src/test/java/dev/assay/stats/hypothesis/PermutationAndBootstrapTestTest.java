package dev.assay.stats.hypothesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Paired permutation and paired bootstrap tests. Exact references from scipy 1.10.1 (Debian
 * python3-scipy, /usr/bin/python3):
 *
 * <pre>
 * stat = lambda x, y, axis: np.mean(x - y, axis=axis)
 * stats.permutation_test((a, b), stat, permutation_type='samples', n_resamples=np.inf,
 *                        alternative='two-sided')
 * # A10/B10: statistic 0.03500000000000001, pvalue 0.0234375
 * # A16/B16: statistic 0.3125, pvalue 0.125
 * </pre>
 *
 * The paired bootstrap test has no canonical peer implementation; on 300 pairs its p-value must
 * be close to the paired t-test's, {@code stats.ttest_rel(a, b).pvalue} with {@code i =
 * np.arange(300); a = 0.5 + 0.3*np.sin(1.7*i); b = a - 0.03 + 0.2*np.cos(2.9*i + 0.4)} ->
 * 0.0003869778461383734, and {@code c = a - 0.001 + 0.25*np.sin(0.37*i*i)} -> 0.6459416688358885.
 */
class PermutationAndBootstrapTestTest {
  private static final double[] A10 = {0.82, 0.71, 0.64, 0.90, 0.55, 0.77, 0.68, 0.73, 0.81, 0.59};
  private static final double[] B10 = {0.78, 0.70, 0.66, 0.84, 0.50, 0.71, 0.69, 0.65, 0.80, 0.52};
  private static final double[] A16 = {1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1};
  private static final double[] B16 = {0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1};

  @Test
  void exactMatchesScipy() {
    TestResult r = PairedPermutationTest.test(A10, B10, 9_999, 1L);
    assertThat(r.method()).isEqualTo("permutation-exact");
    assertThat(r.statistic()).isCloseTo(0.035, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.0234375, within(1e-15));
    TestResult binary = PairedPermutationTest.exact(A16, B16);
    assertThat(binary.statistic()).isEqualTo(0.3125);
    assertThat(binary.pValue()).isCloseTo(0.125, within(1e-15));
  }

  @Test
  void monteCarloApproximatesExact() {
    // 2^16 = 65,536 > 20,000 resamples: Monte Carlo. Its standard error here is about 0.0023.
    TestResult mc = PairedPermutationTest.test(A16, B16, 20_000, 7L);
    assertThat(mc.method()).isEqualTo("permutation-monte-carlo");
    assertThat(mc.pValue()).isCloseTo(0.125, within(0.012));
    assertThat(PairedPermutationTest.test(A16, B16, 20_000, 7L)).isEqualTo(mc);
  }

  @Test
  void noDifferenceGivesPValueOne() {
    assertThat(PairedPermutationTest.exact(A10, A10).pValue()).isEqualTo(1.0);
    assertThat(PairedBootstrapTest.test(A10, A10, 999, 3L).pValue()).isEqualTo(1.0);
  }

  @Test
  void bootstrapTestAgreesWithPairedTTestOnLargeSamples() {
    int n = 300;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 0.5 + 0.3 * Math.sin(1.7 * i);
      b[i] = a[i] - 0.03 + 0.2 * Math.cos(2.9 * i + 0.4);
      c[i] = a[i] - 0.001 + 0.25 * Math.sin(0.37 * i * i);
    }
    TestResult strong = PairedBootstrapTest.test(a, b, 20_000, 11L);
    assertThat(strong.pValue()).isLessThan(0.003);
    TestResult weak = PairedBootstrapTest.test(a, c, 20_000, 11L);
    assertThat(weak.pValue()).isCloseTo(0.6459416688358885, within(0.03));
    assertThat(weak.statistic()).isCloseTo(-0.004760918492641716, within(1e-9));
  }

  @Test
  void clusteredBootstrapTestWithSingletonsEqualsPlain() {
    int[] ids = new int[A10.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    TestResult plain = PairedBootstrapTest.test(A10, B10, 5_000, 9L);
    TestResult clustered = PairedBootstrapTest.clustered(A10, B10, ids, 5_000, 9L);
    assertThat(clustered.pValue()).isEqualTo(plain.pValue());
    assertThat(clustered.method()).isEqualTo("paired-bootstrap-clustered");
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> PairedPermutationTest.exact(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> PairedPermutationTest.exact(new double[31], new double[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 30");
    assertThatThrownBy(() -> PairedBootstrapTest.test(A10, B16, 10, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
  }
}
