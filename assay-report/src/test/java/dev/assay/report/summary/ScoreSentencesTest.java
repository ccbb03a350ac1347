package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreSentencesTest {

  @Test
  void aDifferenceWhoseIntervalExcludesZeroIsAHeadline() {
    ExecutiveSummary s = ScoreSentences.of(List.of(
        new MeanScore("model-y", 4.975, 0.1598, 160), new MeanScore("model-x", 7.25625, 0.1579, 160)), 10);
    assertThat(s.headlines()).containsExactly(
        "model-x has the highest mean score, 7.26 of 10 (95% CI 6.95-7.57), 2.28 points above model-y (95% CI of the difference 1.84-2.72).");
    assertThat(s.notSignificant()).isEmpty();
    assertThat(s.caveats()).isEmpty();
  }

  @Test
  void overlappingScoresAreNotSignificant() {
    ExecutiveSummary s = ScoreSentences.of(List.of(new MeanScore("a", 6.1, 0.2, 80), new MeanScore("b", 5.9, 0.2, 80)), 10);
    assertThat(s.headlines()).isEmpty();
    assertThat(s.notSignificant()).containsExactly(
        "a (6.10) and b (5.90) are not significantly different: the 95% CI of the difference, -0.35 to 0.75, includes 0.");
  }

  @Test
  void edgeCases() {
    assertThat(ScoreSentences.of(List.of(), 10).caveats()).containsExactly("No answer was graded, so there are no scores.");
    assertThat(ScoreSentences.of(List.of(new MeanScore("a", 6, 0.5, 0)), 10).caveats())
        .containsExactly("No answer was graded, so there are no scores.");
    ExecutiveSummary one = ScoreSentences.of(List.of(new MeanScore("a", 6, 0.5, 12)), 10);
    assertThat(one.headlines()).containsExactly("a has a mean score of 6.00 of 10 (95% CI 5.02-6.98) over 12 graded answers.");
    assertThat(one.caveats()).containsExactly("Only one model (a) was graded, so there is nothing to compare.",
        "Only 12 graded answers for a's mean score: with fewer than 30 the interval is wide, so treat the result as a rough indication.");
    assertThat(ScoreSentences.of(List.of(new MeanScore("a", 6, Double.NaN, 40), new MeanScore("b", 5, Double.NaN, 40)), 10).notSignificant())
        .containsExactly("a has the highest mean score (6.00, then b at 5.00); without standard errors the difference is not tested.");
  }
}
