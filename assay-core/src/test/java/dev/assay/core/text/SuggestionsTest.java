package dev.assay.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edit distances and the suggestions made from them. */
class SuggestionsTest {
  private static final List<String> COMMANDS =
      List.of("validate", "qa", "dedup", "drift", "judge", "pair", "report", "reward", "contamination");

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertThat(Suggestions.distance("", "")).isZero();
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("dedpu", "dedup")).isEqualTo(1); // one transposition
    assertThat(Suggestions.distance("metod", "method")).isEqualTo(1); // one insertion
    assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3); // optimal string alignment, not full Damerau
    assertThat(Suggestions.distance("Dedup", "dedup")).isEqualTo(1); // case-sensitive here
  }

  @Test
  void suggestsTheClosestCommand() {
    assertThat(Suggestions.closest("dedpu", COMMANDS)).contains("dedup");
    assertThat(Suggestions.closest("valdiate", COMMANDS)).contains("validate");
    assertThat(Suggestions.closest("DEDUP1", COMMANDS)).contains("dedup");
    assertThat(Suggestions.closest("contam", COMMANDS)).contains("contamination"); // a prefix
  }

  @Test
  void suggestsNothingForFarOrExactNames() {
    assertThat(Suggestions.closest("xyz", COMMANDS)).isEmpty();
    assertThat(Suggestions.closest("summarize", COMMANDS)).isEmpty();
    assertThat(Suggestions.closest("dedup", COMMANDS)).isEmpty();
    assertThat(Suggestions.closest("q", List.of("qa"))).contains("qa");
    assertThat(Suggestions.closest("zz", List.of("qa"))).isEmpty();
  }

  @Test
  void ranksByDistanceThenByTheOrderGiven() {
    assertThat(Suggestions.ranked("deduq", List.of("qa", "dedupe", "dedup"))).containsExactly("dedup", "dedupe");
    assertThat(Suggestions.ranked("pari", List.of("pair", "pairs", "air"))).containsExactly("pair", "pairs", "air");
  }

  @Test
  void thresholdGrowsWithTheTypedLength() {
    assertThat(Suggestions.threshold(2)).isEqualTo(1);
    assertThat(Suggestions.threshold(5)).isEqualTo(2);
    assertThat(Suggestions.threshold(12)).isEqualTo(3);
  }
}
