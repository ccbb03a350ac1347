package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSentencesTest {

  @Test
  void separatedTopModelIsAHeadline() {
    ExecutiveSummary s = RatingSentences.of(List.of(
        new Rating("b", 1000, 960, 1040), new Rating("a", 1105.4, 1060, 1150)), 0.95);
    assertThat(s.headlines()).containsExactly(
        "a has the highest Bradley-Terry rating, 1,105 (95% CI 1,060 to 1,150), clearly above b at 1,000 (95% CI 960 to 1,040).");
    assertThat(s.notSignificant()).isEmpty();
  }

  @Test
  void overlappingIntervalsAreNotSignificantAndNeighboursAreListed() {
    ExecutiveSummary s = RatingSentences.of(List.of(
        new Rating("a", 1105, 1060, 1150), new Rating("b", 1000, 990, 1070),
        new Rating("c", 980, 900, 1010), new Rating("d", 700, 650, 750)), 0.95);
    assertThat(s.headlines()).isEmpty();
    assertThat(s.notSignificant()).containsExactly(
        "a has the highest Bradley-Terry rating (1,105) but cannot be separated from b (1,000): their 95% intervals"
            + " 1,060 to 1,150 and 990 to 1,070 overlap.",
        "Further down, these neighbours cannot be separated by rating (their 95% intervals overlap): b and c.");
  }

  @Test
  void oneModelNoIntervalsAndNone() {
    assertThat(RatingSentences.of(List.of(new Rating("solo", 1000, 1000, 1000)), 0.95).caveats())
        .containsExactly("Only one model (solo) was rated, so there is no ranking.");
    assertThat(RatingSentences.of(List.of(new Rating("a", 1010, Double.NaN, Double.NaN), new Rating("b", 990, Double.NaN, Double.NaN)), 0.95)
        .notSignificant()).containsExactly(
            "a has the highest Bradley-Terry rating (1,010, then b at 990); without bootstrap intervals the order is not tested.");
    ExecutiveSummary none = RatingSentences.of(List.of(), 0.95);
    assertThat(none.headlines()).isEmpty();
    assertThat(none.caveats()).isEmpty();
  }
}
