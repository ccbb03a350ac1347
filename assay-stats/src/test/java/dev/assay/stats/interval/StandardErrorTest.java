package dev.assay.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Standard error of the mean against scipy. scipy/stats/tests/test_stats.py::TestSEM uses
 * testcase = [1, 2, 3, 4] with expected sem 0.6454972244, and a scalar gives nan.
 */
class StandardErrorTest {
  @Test
  void scipyTestSem() {
    assertThat(StandardError.ofMean(new double[] {1, 2, 3, 4}))
        .isCloseTo(0.6454972244, within(1e-10));
  }

  @Test
  void singleValueHasUnknownSpread_testSem() {
    assertThat(StandardError.ofMean(new double[] {3})).isNaN();
  }

  @Test
  void emptyAndNonFiniteAreRejected() {
    assertThatThrownBy(() -> StandardError.ofMean(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> StandardError.ofMean(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }
}
