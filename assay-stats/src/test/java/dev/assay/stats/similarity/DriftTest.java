package dev.assay.stats.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DriftTest {
  /** scipy/spatial/tests/test_distance.py test_jensenshannon. */
  @Test
  void jensenShannonMatchesScipy() {
    assertThat(JensenShannon.distance(new double[] {1, 0, 0}, new double[] {0, 1, 0}, 2.0)).isCloseTo(1.0, within(1e-7));
    assertThat(JensenShannon.distance(new double[] {1, 0}, new double[] {0.5, 0.5})).isCloseTo(0.46450140402245893, within(1e-7));
    assertThat(JensenShannon.distance(new double[] {1, 0, 0}, new double[] {1, 0, 0})).isEqualTo(0.0);
    // axis=1 case: [[1, 2]] vs [[0.5, 1.5]] -> 0.0649045
    assertThat(JensenShannon.distance(new double[] {1, 2}, new double[] {0.5, 1.5})).isCloseTo(0.0649045, within(1e-7));
  }

  /**
   * numpy: e = [.1, .2, .3, .4]; a = [.15, .25, .25, .35]; np.sum((a - e) * np.log(a / e)) =
   * 0.04722308044204256.
   */
  @Test
  void psiOfShares() {
    assertThat(PopulationStabilityIndex.ofCounts(new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0.15, 0.25, 0.25, 0.35}))
        .isCloseTo(0.04722308044204256, within(1e-12));
    // counts are normalised: same shares, same PSI
    assertThat(PopulationStabilityIndex.ofCounts(new double[] {10, 20, 30, 40}, new double[] {3, 5, 5, 7}))
        .isCloseTo(0.04722308044204256, within(1e-12));
  }

  /** Empty bin: share floored at epsilon = 1e-4, so the term is (0.5 - 1e-4) ln(0.5 / 1e-4) + ... by hand. */
  @Test
  void psiEmptyBinUsesEpsilon() {
    double psi = PopulationStabilityIndex.ofCounts(new double[] {1, 0}, new double[] {1, 1});
    double expected = (0.5 - 1.0) * Math.log(0.5 / 1.0) + (0.5 - 1e-4) * Math.log(0.5 / 1e-4);
    assertThat(psi).isCloseTo(expected, within(1e-12));
  }

  @Test
  void psiOfIdenticalSamplesIsZero() {
    double[] x = new double[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.sin(i);
    }
    assertThat(PopulationStabilityIndex.ofSamples(x, x, 10)).isCloseTo(0.0, within(1e-15));
  }

  /** scipy.stats.chi2_contingency(table, correction=False), Debian scipy 1.10.1. */
  @Test
  void chiSquareMatchesScipy() {
    ChiSquareHomogeneity.ChiSquareResult r = ChiSquareHomogeneity.test(new long[][] {{30, 70}, {50, 50}});
    assertThat(r.statistic()).isCloseTo(8.333333333333334, within(1e-12));
    assertThat(r.degreesOfFreedom()).isEqualTo(1);
    assertThat(r.pValue()).isCloseTo(0.003892417122778637, within(1e-12));
    r = ChiSquareHomogeneity.test(new long[][] {{10, 20, 30}, {20, 20, 20}, {5, 0, 40}});
    assertThat(r.statistic()).isCloseTo(36.81216931216931, within(1e-10));
    assertThat(r.degreesOfFreedom()).isEqualTo(4);
    assertThat(r.pValue()).isCloseTo(1.969141485957212e-07, within(1e-12));
  }

  /**
   * sklearn.metrics.pairwise.rbf_kernel with the median-heuristic gamma (numpy median of the
   * pooled pairwise euclidean_distances): x = [[0,0],[1,0],[0,2],[1,1]], y = [[2,2],[3,1],[2.5,2]];
   * gamma = 0.125, unbiased = 0.6347286416044978, biased = 0.7427814591396052.
   */
  @Test
  void mmdMatchesSklearnKernelSums() {
    double[][] x = {{0, 0}, {1, 0}, {0, 2}, {1, 1}};
    double[][] y = {{2, 2}, {3, 1}, {2.5, 2}};
    double gamma = MaximumMeanDiscrepancy.medianHeuristicGamma(x, y);
    assertThat(gamma).isCloseTo(0.125, within(1e-15));
    assertThat(MaximumMeanDiscrepancy.unbiased(x, y, gamma)).isCloseTo(0.6347286416044978, within(1e-12));
    assertThat(MaximumMeanDiscrepancy.biased(x, y, gamma)).isCloseTo(0.7427814591396052, within(1e-12));
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> JensenShannon.distance(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PopulationStabilityIndex.ofCounts(new double[] {1, 1}, new double[] {1, 1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epsilon");
    assertThatThrownBy(() -> ChiSquareHomogeneity.test(new long[][] {{1, 2}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MaximumMeanDiscrepancy.unbiased(new double[][] {{1}}, new double[][] {{1}, {2}}, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
