package dev.assay.stats.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from scipy's scipy/stats/tests/test_entropy.py unless noted. */
class EntropyTest {
  /** test_entropy_zero (PR-479). */
  @Test
  void zeroWeightsContributeNothing() {
    assertThat(Entropy.shannon(new double[] {0, 1, 2})).isCloseTo(0.63651416829481278, within(1e-12));
  }

  /** test_entropy_base: 16 equal weights are 4 bits; the nats/bits ratio is ln 2. */
  @Test
  void baseChangesUnits() {
    double[] pk = new double[16];
    java.util.Arrays.fill(pk, 1.0);
    assertThat(Entropy.shannon(pk, 2.0)).isCloseTo(4.0, within(1e-5));
    double[] qk = pk.clone();
    for (int i = 0; i < 8; i++) {
      qk[i] = 2.0;
    }
    assertThat(Entropy.relative(pk, qk) / Entropy.relative(pk, qk, 2.0)).isCloseTo(Math.log(2), within(1e-5));
  }

  /** test_entropy_positive: D(p||p) = 0, D(p||q) >= 0. */
  @Test
  void relativeEntropyOfItselfIsZero() {
    double[] pk = {0.5, 0.2, 0.3};
    assertThat(Entropy.relative(pk, pk)).isEqualTo(0.0);
    assertThat(Entropy.relative(pk, new double[] {0.1, 0.25, 0.65})).isPositive();
  }

  /** test_entropy_2d and test_entropy_2d_zero, column by column. */
  @Test
  void relativeEntropyMatchesScipyColumns() {
    assertThat(Entropy.relative(new double[] {0.1, 0.6, 0.3}, new double[] {0.2, 0.3, 0.5}))
        .isCloseTo(0.1933259, within(1e-6));
    assertThat(Entropy.relative(new double[] {0.2, 0.3, 0.5}, new double[] {0.1, 0.6, 0.3}))
        .isCloseTo(0.18609809, within(1e-6));
    assertThat(Entropy.relative(new double[] {0.1, 0.6, 0.3}, new double[] {0.0, 0.3, 0.5}))
        .isInfinite();
    assertThat(Entropy.relative(new double[] {0.0, 0.6, 0.3}, new double[] {0.0, 0.3, 0.5}))
        .isCloseTo(0.17403988, within(1e-6));
  }

  /** test_entropy_base_2d_nondefault_axis, row by row. */
  @Test
  void entropyMatchesScipyRows() {
    assertThat(Entropy.shannon(new double[] {0.1, 0.2})).isCloseTo(0.63651417, within(1e-8));
    assertThat(Entropy.shannon(new double[] {0.3, 0.5})).isCloseTo(0.66156324, within(1e-8));
  }

  /** scipy.stats.entropy([0.3, 0.7]) and with base=2 (run with Debian's scipy 1.10.1). */
  @Test
  void binaryEntropyMatchesScipy() {
    assertThat(Entropy.binary(0.3)).isCloseTo(0.6108643020548935, within(1e-15));
    assertThat(Entropy.binary(0.3, 2)).isCloseTo(0.8812908992306927, within(1e-15));
    assertThat(Entropy.binary(0.0)).isZero();
    assertThat(Entropy.binary(1.0)).isZero();
    assertThat(Entropy.binary(0.5, 2)).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Entropy.shannon(new double[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Entropy.shannon(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pk[1]");
    assertThatThrownBy(() -> Entropy.shannon(new double[] {1}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base");
    assertThatThrownBy(() -> Entropy.binary(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Entropy.relative(new double[] {1}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
