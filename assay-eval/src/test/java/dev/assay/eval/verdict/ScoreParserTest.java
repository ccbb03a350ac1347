package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreParserTest {

  static Stream<Arguments> phrasings() {
    return Stream.of(
        Arguments.of("[[8]]", 8.0, "marker"),
        Arguments.of("Rating: [[7.5]]", 7.5, "marker"),
        Arguments.of("Good but terse.\n\nRating: [[ 6 ]]", 6.0, "marker"),
        Arguments.of("**Rating: [[9]]**", 9.0, "marker"),
        Arguments.of("[[**4**]]", 4.0, "marker"),
        Arguments.of("[[8/10]]", 8.0, "marker"),
        Arguments.of("The format asks for e.g. Rating: [[5]]. My grade: Rating: [[3]]", 3.0, "marker"),
        Arguments.of("Rating: [[11]] no wait [[10]]", 10.0, "marker"),
        Arguments.of("{\"reasoning\": \"fine\", \"rating\": 7}", 7.0, "json"),
        Arguments.of("```json\n{\"score\": \"6\"}\n```", 6.0, "json"),
        Arguments.of("Rating: [7]", 7.0, "bracket"),
        Arguments.of("Rating: 7", 7.0, "labelled"),
        Arguments.of("**Score:** 7/10", 7.0, "labelled"),
        Arguments.of("Final rating is 4 out of 10.", 4.0, "labelled"),
        Arguments.of("I would grade it 6.", 6.0, "labelled"),
        Arguments.of("Solid work; I'd give it a 7.", 7.0, "labelled"),
        Arguments.of("I rate it an 8 out of 10", 8.0, "labelled"),
        Arguments.of("8", 8.0, "bare"),
        Arguments.of(" 3. ", 3.0, "bare"),
        Arguments.of("9.5", 9.5, "bare"),
        Arguments.of("8/10", 8.0, "bare"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasings")
  void readsScore(String reply, double expected, String rule) {
    Parsed<Double> p = ScoreParser.parse(reply, 1, 10).orElseThrow();
    assertThat(p.value()).isEqualTo(expected);
    assertThat(p.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "great answer", "[[11]]", "[[0]]", "Rating: [[rating]]", "I rate it highly", "42"})
  void noScore(String reply) {
    assertThat(ScoreParser.parse(reply, 1, 10)).isEmpty();
  }

  @Test
  void outOfScaleMarkersAreNotedWhenAnInScaleOneIsUsed() {
    Parsed<Double> p = ScoreParser.parse("[[12]] then [[9]]", 1, 10).orElseThrow();
    assertThat(p.value()).isEqualTo(9.0);
    assertThat(p.note()).contains("outside");
  }

  /** Every grade of the scale, in every wrapping, reads back as itself. */
  @Test
  void everyGradeInEveryWrapping() {
    String[] wraps = {"[[%s]]", "Rating: [[%s]]", "Rating: [%s]", "Score: %s", "%s", "{\"rating\": %s}", "Reasoning...\n\n**Rating: [[%s]]**"};
    for (int g = 1; g <= 10; g++) {
      for (String w : wraps) {
        String reply = w.formatted(g);
        assertThat(ScoreParser.parse(reply, 1, 10)).as(reply).hasValueSatisfying(p -> assertThat(p.value()).isNotNaN());
        assertThat(ScoreParser.parse(reply, 1, 10).orElseThrow().value()).as(reply).isEqualTo((double) g);
      }
    }
  }
}
