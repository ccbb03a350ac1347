package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: a verdict marker placed at the end of random judge-like prose is read back, whatever
 * the prose says (it may contain labelled verdicts, single brackets, numbers and markdown). Seeded,
 * so a failure reproduces.
 */
class RandomRepliesTest {
  private static final List<String> WORDS = List.of(
      "Assistant", "A", "B", "answer", "is", "better", "verdict:", "[B]", "Rating:", "7", "10/10", "**Final**",
      "tie", "both", "the", "reference", "shows", "that", "\n", "- ", "```", "score", "of", "[5]", "{", "}", "\"A\"",
      "first", "second", "response", "clearly", "correct", "wrong", "although", ".", ",", "#", "(", ")");

  private static String prose(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS.get(rnd.nextInt(WORDS.size()))).append(rnd.nextInt(5) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void pairMarkerAtTheEndIsRead(long seed) {
    Random rnd = new Random(seed);
    String[] markers = {"[[A]]", "[[B]]", "[[C]]", "[[ a ]]", "[[**B**]]"};
    PairVerdict[] expected = {PairVerdict.A, PairVerdict.B, PairVerdict.TIE, PairVerdict.A, PairVerdict.B};
    for (int i = 0; i < 300; i++) {
      int k = rnd.nextInt(markers.length);
      String reply = prose(rnd) + (rnd.nextBoolean() ? "\n" : " ") + markers[k] + (rnd.nextBoolean() ? "" : " " + prose(rnd).replace("[", "("));
      assertThat(PairVerdictParser.parse(reply)).as(reply).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(expected[k]));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void scoreMarkerAtTheEndIsRead(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 300; i++) {
      int g = 1 + rnd.nextInt(10);
      String reply = prose(rnd) + "\nRating: [[" + g + "]]" + (rnd.nextBoolean() ? "" : "\n" + prose(rnd).replace("[", "("));
      assertThat(ScoreParser.parse(reply, 1, 10)).as(reply).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo((double) g));
    }
  }
}
