package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * FastChat monitor.py recompute_final_ranking: 1 + count of q025 strictly above this model's q975
 * (np.searchsorted(sorted_q025, q975, side="right")). Expected values worked out by hand from that
 * rule.
 */
class ConfidenceRanksTest {
  @Test
  void countsModelsWhoseLowerBoundExceedsUpperBound() {
    int[] ranks =
        ConfidenceRanks.of(new double[] {1200, 1150, 1100, 1000}, new double[] {1250, 1210, 1160, 1099});
    // model 1 upper 1210 < 1200? no -> rank 1; model 2 upper 1160 < 1200 -> rank 2;
    // model 3 upper 1099 < 1200, 1150, 1100 -> rank 4
    assertThat(ranks).containsExactly(1, 1, 2, 4);
  }

  @Test
  void equalBoundIsNotBetter() {
    assertThat(ConfidenceRanks.of(new double[] {10, 0}, new double[] {20, 10})).containsExactly(1, 1);
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThatThrownBy(() -> ConfidenceRanks.of(new double[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
