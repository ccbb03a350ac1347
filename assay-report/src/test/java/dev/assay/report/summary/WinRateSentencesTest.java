package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class WinRateSentencesTest {

  private static ExecutiveSummary one(Comparison c) {
    return WinRateSentences.of(List.of(c));
  }

  @Test
  void aWinWhoseIntervalExcludesHalfIsAHeadline() {
    ExecutiveSummary s = one(new Comparison("model-a", "model-b", 0.62, 0.58, 0.66, 120, 0, 0.95, "prompts"));
    assertThat(s.headlines()).containsExactly("model-a beats model-b: win rate 62% over 120 prompts (95% CI 58-66%).");
    assertThat(s.notSignificant()).isEmpty();
    assertThat(s.caveats()).isEmpty();
  }

  @Test
  void aLossIsSaidAsOneAndTiesAreExplained() {
    ExecutiveSummary s = one(new Comparison("phi-2", "gpt4", 0.2084, 0.159, 0.2626, 805, 12, 0.95, "prompts"));
    assertThat(s.headlines()).containsExactly(
        "phi-2 loses to gpt4: win rate 21% over 805 prompts (95% CI 16-26%; 12 ties counted as half a win).");
  }

  @Test
  void anIntervalThatIncludesHalfIsNotSignificant() {
    ExecutiveSummary s = one(new Comparison("a", "b", 0.52, 0.4962, 0.55, 400, 1, 0.9, "prompts"));
    assertThat(s.headlines()).isEmpty();
    assertThat(s.notSignificant()).containsExactly(
        "a and b are not significantly different: a's win rate 52% over 400 prompts (90% CI 49.6-55%, which includes 50%;"
            + " 1 tie counted as half a win).");
  }

  @Test
  void noIntervalMeansNoClaim() {
    ExecutiveSummary s = one(new Comparison("a", "b", 0.7, Double.NaN, Double.NaN, 50, 0, 0.95, "prompts"));
    assertThat(s.notSignificant()).containsExactly(
        "a vs b: win rate 70% over 50 prompts; without a confidence interval this is not a significant difference.");
  }

  @Test
  void edgeCasesNothingJudgedAllTiesAndSmallSamples() {
    assertThat(one(new Comparison("a", "b", Double.NaN, Double.NaN, Double.NaN, 0, 0, 0.95, "prompts")).caveats())
        .containsExactly("a and b were not compared: no prompt was judged.");
    ExecutiveSummary ties = one(new Comparison("a", "b", 0.5, 0.5, 0.5, 40, 40, 0.95, "prompts"));
    assertThat(ties.notSignificant()).containsExactly("a and b tied on all 40 prompts.");
    assertThat(ties.headlines()).isEmpty();
    ExecutiveSummary small = one(new Comparison("a", "b", 0.9, 0.6, 0.98, 12, 0, 0.95, "decisive prompts"));
    assertThat(small.headlines()).containsExactly("a beats b: win rate 90% over 12 decisive prompts (95% CI 60-98%).");
    assertThat(small.caveats()).containsExactly(
        "Only 12 decisive prompts for a vs b: with fewer than 30 the interval is wide, so treat the result as a rough indication.");
  }

  @Test
  void severalSmallComparisonsShareOneCaveat() {
    ExecutiveSummary s = WinRateSentences.of(List.of(
        new Comparison("a", "base", 0.9, 0.6, 0.98, 12, 0, 0.95, "prompts"),
        new Comparison("b", "base", 0.5, 0.3, 0.7, 20, 0, 0.95, "prompts"),
        new Comparison("c", "base", 0.5, 0.45, 0.55, 400, 0, 0.95, "prompts")));
    assertThat(s.caveats()).containsExactly(
        "Fewer than 30 prompts behind a vs base (12), b vs base (20): their intervals are wide, so treat those results as rough indications.");
  }

  @Test
  void theHeadlineNamesItsStatisticItsIntervalAndWhoWasPreferredOnHowManyPrompts() {
    // the quickstart's leaderboard: soft preferences make the win rate differ from the share of prompts won
    ExecutiveSummary s = one(new Comparison("model-a", "model-b", "preference-weighted win rate", 0.762, 0.701, 0.821, 61, 0, 0.95,
        "prompts", new Comparison.Preferred(51, 10, 0, "prompts")));
    assertThat(s.headlines()).containsExactly(
        "model-a beats model-b: preference-weighted win rate 76% (95% CI 70-82%); preferred on 51 of 61 prompts, model-b on 10.");
    ExecutiveSummary judged = one(new Comparison("strong", "weak", "share of decisive prompts won", 26.0 / 33, 0.62, 0.89, 33, 0, 0.95,
        "decisive prompts", new Comparison.Preferred(26, 7, 6, "prompts")));
    assertThat(judged.headlines()).containsExactly(
        "strong beats weak: share of decisive prompts won 79% (95% CI 62-89%); preferred on 26 of 39 prompts, weak on 7, 6 ties (left out).");
    ExecutiveSummary halves = one(new Comparison("mid", "base", "win rate", 0.52, 0.45, 0.6, 60, 4, 0.95, "prompts",
        new Comparison.Preferred(29, 27, 4, "prompts")));
    assertThat(halves.notSignificant()).containsExactly("mid and base are not significantly different: mid's win rate 52% (95% CI 45-60%,"
        + " which includes 50%); preferred on 29 of 60 prompts, base on 27, 4 ties (counted as half a win).");
  }
}
