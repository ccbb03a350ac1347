package dev.assay.stats.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RewardEntropyTest {
  /**
   * scipy (Debian 1.10.1): p = expit(c - r); np.mean([stats.entropy([x, 1 - x]) for x in p]) with
   * c = [2.0, 0.1, -3.0, 40.0], r = [-1.0, 0.1, -2.5, 0.0].
   */
  @Test
  void matchesScipyEntropyOfSigmoidMargins() {
    RewardEntropyResult r =
        RewardEntropy.of(new double[] {2.0, 0.1, -3.0, 40.0}, new double[] {-1.0, 0.1, -2.5, 0.0});
    assertThat(r.entropy()).isCloseTo(0.3867148675613917, within(1e-12));
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.accuracy()).isEqualTo(0.5); // margins 3, 0, -0.5, 40
    assertThat(r.meanMargin()).isCloseTo(42.5 / 4, within(1e-12));
  }

  @Test
  void equalRewardsAreMaximallyUncertain() {
    assertThat(RewardEntropy.entropyOfMargin(0)).isCloseTo(Math.log(2), within(1e-15));
    assertThat(RewardEntropy.entropyOfMargin(800)).isCloseTo(0.0, within(1e-300));
  }

  @Test
  void rejectsMismatchedOrNonFinite() {
    assertThatThrownBy(() -> RewardEntropy.of(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rejected");
    assertThatThrownBy(() -> RewardEntropy.of(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pair 0");
    assertThatThrownBy(() -> RewardEntropy.of(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
