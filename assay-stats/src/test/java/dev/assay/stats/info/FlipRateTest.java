package dev.assay.stats.info;

import static dev.assay.stats.info.PairOutcome.FIRST;
import static dev.assay.stats.info.PairOutcome.SECOND;
import static dev.assay.stats.info.PairOutcome.TIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts worked out by hand for six pairs: same, flip, flip, win-vs-tie, tie-vs-win, tie-tie. */
class FlipRateTest {
  static final List<PairOutcome> A = List.of(FIRST, FIRST, SECOND, FIRST, TIE, TIE);
  static final List<PairOutcome> B = List.of(FIRST, SECOND, FIRST, TIE, SECOND, TIE);

  @Test
  void excludeTies() {
    FlipRateResult r = FlipRate.of(A, B, TiePolicy.EXCLUDE);
    assertThat(r).isEqualTo(new FlipRateResult(2.0 / 3, 2, 3, 3, TiePolicy.EXCLUDE));
  }

  @Test
  void tieIsOwnOutcome() {
    FlipRateResult r = FlipRate.of(A, B, TiePolicy.TIE_IS_OWN_OUTCOME);
    assertThat(r).isEqualTo(new FlipRateResult(4.0 / 6, 4, 6, 0, TiePolicy.TIE_IS_OWN_OUTCOME));
  }

  @Test
  void tieCountsAsFlip() {
    FlipRateResult r = FlipRate.of(A, B, TiePolicy.TIE_COUNTS_AS_FLIP);
    assertThat(r).isEqualTo(new FlipRateResult(5.0 / 6, 5, 6, 0, TiePolicy.TIE_COUNTS_AS_FLIP));
  }

  @Test
  void positionSwapIsUndoneBySwapped() {
    // a judge that always prefers the first position flips on every pair once swapped back
    List<PairOutcome> swappedRun = List.of(FIRST, FIRST).stream().map(PairOutcome::swapped).toList();
    assertThat(FlipRate.of(List.of(FIRST, FIRST), swappedRun, TiePolicy.EXCLUDE).rate()).isEqualTo(1.0);
  }

  @Test
  void allTiesExcludedGivesNaN() {
    assertThat(FlipRate.of(List.of(TIE), List.of(FIRST), TiePolicy.EXCLUDE).rate()).isNaN();
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThatThrownBy(() -> FlipRate.of(List.of(FIRST), List.of(), TiePolicy.EXCLUDE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1");
  }
}
