package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.llm.TokenLogprob;
import dev.assay.models.llm.TokenLogprob.Alternative;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

  @Test
  void weightsScoreTokensByTheirProbabilityRenormalised() {
    // p(4)=0.6, p(3)=0.3, p("The")=0.1 -> (0.6*4 + 0.3*3) / 0.9 = 3.6667
    TokenLogprob t = new TokenLogprob("4", Math.log(0.6), List.of(
        new Alternative("4", Math.log(0.6)), new Alternative("3", Math.log(0.3)), new Alternative("The", Math.log(0.1))));
    assertThat(WeightedScore.of(List.of(t), 1, 5).orElseThrow()).isCloseTo((0.6 * 4 + 0.3 * 3) / 0.9, within(1e-12));
  }

  @Test
  void usesTheFirstScorePositionAndIgnoresOutOfScaleTokens() {
    List<TokenLogprob> lp = List.of(
        new TokenLogprob("Rating", -0.01, List.of(new Alternative("Rating", -0.01))),
        new TokenLogprob(":", -0.01, List.of()),
        new TokenLogprob(" 2", Math.log(0.5), List.of(
            new Alternative(" 2", Math.log(0.5)), new Alternative(" 5", Math.log(0.25)), new Alternative("9", Math.log(0.25)))));
    assertThat(WeightedScore.of(lp, 1, 5).orElseThrow()).isCloseTo((0.5 * 2 + 0.25 * 5) / 0.75, within(1e-12));
  }

  @Test
  void chosenTokenAloneWhenNoAlternatives() {
    assertThat(WeightedScore.of(List.of(new TokenLogprob("7", -0.2, List.of())), 1, 10).orElseThrow()).isEqualTo(7.0);
  }

  @Test
  void noScoreTokenIsEmpty() {
    assertThat(WeightedScore.of(List.of(new TokenLogprob("Good", -0.2, List.of())), 1, 10)).isEmpty();
    assertThat(WeightedScore.of(List.of(), 1, 10)).isEmpty();
  }

  @Test
  void theTokenUnderTheLastMarkerBeatsNumbersInTheReasoning() {
    // "It has 3 flaws. Rating: [[4]]": the "3" of the reasoning is not the grade.
    List<TokenLogprob> lp = List.of(
        new TokenLogprob("It has ", -0.1, List.of()),
        new TokenLogprob("3", -0.1, List.of(new Alternative("3", -0.1), new Alternative("2", -2.0))),
        new TokenLogprob(" flaws. Rating: [[", -0.1, List.of()),
        new TokenLogprob("4", Math.log(0.8), List.of(new Alternative("4", Math.log(0.8)), new Alternative("5", Math.log(0.2)))),
        new TokenLogprob("]]", -0.01, List.of()));
    assertThat(WeightedScore.of(lp, 1, 10).orElseThrow()).isCloseTo(0.8 * 4 + 0.2 * 5, within(1e-12));
  }
}
