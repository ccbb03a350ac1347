package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class VotesTest {
  @Test
  void majorityAndAgreement() {
    Votes.Majority m = Votes.majority(List.of(PairVerdict.A, PairVerdict.A, PairVerdict.B)).orElseThrow();
    assertThat(m.verdict()).isEqualTo(PairVerdict.A);
    assertThat(m.agreement()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.votes()).isEqualTo(3);
  }

  @Test
  void sharedTopCountIsATie() {
    Votes.Majority m = Votes.majority(List.of(PairVerdict.A, PairVerdict.B)).orElseThrow();
    assertThat(m.verdict()).isEqualTo(PairVerdict.TIE);
    assertThat(m.agreement()).isEqualTo(0.5);
  }

  @Test
  void meanAndModalAgreement() {
    Votes.Mean s = Votes.mean(List.of(7.0, 8.0, 8.0)).orElseThrow();
    assertThat(s.mean()).isCloseTo(23.0 / 3, within(1e-12));
    assertThat(s.agreement()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void nothingToAggregate() {
    assertThat(Votes.majority(List.of())).isEmpty();
    assertThat(Votes.mean(List.of())).isEmpty();
  }
}
