package dev.assay.quality.heuristics;

import static dev.assay.quality.heuristics.Records.check;
import static dev.assay.quality.heuristics.Records.firstRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.quality.Finding;
import dev.assay.quality.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from datatrove tests/pipeline/filters/test_filters.py (test_gopher_quality), with
 * min_doc_words=10 and max_doc_words=1000 as there; texts are ours and reproduce the same
 * conditions.
 */
class GopherQualityTest {
  private static final GopherQuality G = new GopherQuality(10, 1000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2,
      GopherQuality.defaults().stopWords());

  static final String GOOD =
      "The harbour was quiet when the ferry came in, and the gulls had settled on the warm stones of "
          + "the old pier. Nobody on board seemed to be in a hurry. A woman with a basket of apples talked "
          + "to the captain about the weather, and a boy leaned over the rail to watch the water turn "
          + "green and then grey as the boat slowed. It was the kind of evening that makes a small town "
          + "feel like the centre of the world, and most of the passengers stayed on deck until the ropes "
          + "were tied and the engine had gone silent.";

  @Test
  void shortDocument() {
    assertThat(firstRule(G, "We are far too brief...")).isEqualTo("short_doc");
  }

  @Test
  void meanWordLengthBelowMinimum() {
    assertThat(firstRule(G, "Yo go ".repeat(20))).isEqualTo("below_avg_word_length");
  }

  @Test
  void meanWordLengthAboveMaximum() {
    assertThat(firstRule(G, "uncharacteristically ".repeat(20))).isEqualTo("above_avg_word_length");
  }

  @Test
  void tooManyHashes() {
    assertThat(firstRule(G, "# remark ".repeat(20))).isEqualTo("hash_ratio");
  }

  @Test
  void tooManyEllipses() {
    assertThat(firstRule(G, "... remark ".repeat(20))).isEqualTo("ellipsis_ratio");
  }

  @Test
  void tooFewAlphabeticWords() {
    String text = "the ./!*?<><> pear <?////> plum  ++ lighthouse !<>??? with".repeat(20);
    assertThat(firstRule(G, text)).isEqualTo("alpha_words_ratio");
  }

  @Test
  void goodProsePassesWithTestAndPublishedThresholds() {
    assertThat(check(G, GOOD).findings()).isEmpty();
    assertThat(check(GopherQuality.defaults(), GOOD).findings()).isEmpty();
  }

  @Test
  void bulletAndEllipsisLines() {
    String bullets = "- the first of many points to make\n".repeat(5) + "• and the last one with the rest\n";
    assertThat(check(G, bullets).findings()).extracting(Finding::rule).contains("bullet_lines_ratio");
    String trailing = "and so the story went on and on with the...\n".repeat(3) + GOOD;
    assertThat(check(G, trailing).findings()).extracting(Finding::rule).contains("ellipsis_lines_ratio");
  }

  @Test
  void stopWordsAreCountedOnceEach() {
    String text = "the the the the cat sat quietly upon warm stones near water".repeat(2);
    Verdict v = check(G, text);
    Finding f = v.findings().stream().filter(x -> x.rule().equals("stop_words")).findFirst().orElseThrow();
    assertThat(f.value()).isEqualTo(1);
    assertThat(f.threshold()).isEqualTo(2);
    assertThat(f.check()).isEqualTo("gopher_quality");
  }

  @Test
  void everyFindingNamesRuleValueAndThreshold() {
    Finding f = check(G, "uncharacteristically ".repeat(20)).findings().get(0);
    assertThat(f.value()).isEqualTo(20.0);
    assertThat(f.threshold()).isEqualTo(10.0);
    assertThat(f.detail()).isNotBlank();
  }

  @Test
  void emptyTextIsShortNotAnError() {
    assertThat(firstRule(G, "")).isEqualTo("short_doc");
    GopherQuality noMin = new GopherQuality(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    assertThat(check(noMin, "").passed()).isTrue();
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new GopherQuality(10, 5, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_doc_words");
    assertThatThrownBy(() -> new GopherQuality(1, 5, 3, 10, 0.1, 1.5, 0.3, 0.8, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_bullet_lines_ratio");
  }
}
