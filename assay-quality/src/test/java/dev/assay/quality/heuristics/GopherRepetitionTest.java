package dev.assay.quality.heuristics;

import static dev.assay.quality.heuristics.Records.check;
import static dev.assay.quality.heuristics.Records.firstRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from datatrove tests/pipeline/filters/test_filters.py (test_gopher_repetition), with
 * the default thresholds; each text is ours and reproduces the proportions of the original (the
 * same counts of repeated lines, paragraphs and n-grams, and character fractions on the same side
 * of each threshold).
 */
class GopherRepetitionTest {
  private static final GopherRepetition G = GopherRepetition.defaults();

  @Test
  void duplicateLines() {
    assertThat(firstRule(G, "We sail at dawn.\n".repeat(4))).isEqualTo("dup_line_frac");
  }

  @Test
  void duplicateParagraphs() {
    assertThat(firstRule(G, "We sail at dawn.\n\n".repeat(4))).isEqualTo("dup_para_frac");
  }

  @Test
  void duplicateParagraphCharacters() {
    String text = "Tea is ready.\n\n" + "The owl hooted twice.\n\n" + "We sail at dawn.\n\n"
        + ("y".repeat(30) + ".\n\n").repeat(2);
    assertThat(firstRule(G, text)).isEqualTo("dup_para_char_frac");
  }

  @Test
  void duplicateLineCharacters() {
    String text = "Tea is ready.\n" + "The owl hooted twice.\n" + "We sail at dawn.\n"
        + ("y".repeat(40) + ".\n").repeat(2);
    assertThat(firstRule(G, text)).isEqualTo("dup_line_char_frac");
  }

  @Test
  void topTwoGram() {
    assertThat(firstRule(G, "we row home, we row home, we row home")).isEqualTo("top_2_gram");
  }

  @Test
  void topThreeGramWhenTheMostFrequentTwoGramIsShort() {
    // "I go" is the first of the 2-grams seen three times: 12 of 62 characters stays under 0.20.
    String text = "I go home, you ride a bus. I go home. I go home you ride a bus";
    assertThat(text).hasSize(62);
    assertThat(firstRule(G, text)).isEqualTo("top_3_gram");
  }

  @Test
  void duplicatedFiveGrams() {
    String text = "we go to a lighthouse ".repeat(4)
        + "Rain had fallen all night, so the path to the cliffs was soft and the grass was bent flat. "
        + "Halfway up, an old shepherd pointed at the sea and told us that storms in spring never last "
        + "longer than a day or two.";
    assertThat(firstRule(G, text)).isEqualTo("duplicated_5_n_grams");
  }

  @Test
  void varedProsePasses() {
    assertThat(check(G, GopherQualityTest.GOOD).findings()).isEmpty();
  }

  @Test
  void nGramHelpersMatchTheirDefinitions() {
    int[] ids = {0, 1, 2, 0, 1, 2, 0, 1};
    int[] lens = {1, 2, 3, 1, 2, 3, 1, 2};
    // 2-grams: (0,1) x3 is the most frequent; its length with one space is 4.
    assertThat(GopherRepetition.topNGramChars(ids, lens, 2)).isEqualTo(12);
    // 3-grams: (0,1,2) at 0, repeated at 3 (skip to 6); total 6 characters.
    assertThat(GopherRepetition.duplicateNGramChars(ids, lens, 3)).isEqualTo(6);
  }

  @Test
  void configurableNGramTables() {
    GopherRepetition onlyLines = new GopherRepetition(0.3, 0.3, 0.2, 0.2, Map.of(), Map.of());
    assertThat(check(onlyLines, "we row home, we row home, we row home").passed()).isTrue();
    assertThatThrownBy(() -> new GopherRepetition(0.3, 0.3, 0.2, 0.2, Map.of(0, 0.1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top_ngrams");
    assertThat(G.topNGrams().keySet()).containsExactly(2, 3, 4);
  }
}
