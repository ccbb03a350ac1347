package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PairVerdictParserTest {

  static Stream<Arguments> phrasings() {
    return Stream.of(
        Arguments.of("[[A]]", PairVerdict.A, "marker"),
        Arguments.of("[[B]]", PairVerdict.B, "marker"),
        Arguments.of("[[C]]", PairVerdict.TIE, "marker"),
        Arguments.of("Both are decent, but A cites the source. Final verdict: [[A]]", PairVerdict.A, "marker"),
        Arguments.of("Assistant B is more accurate.\n\n**[[B]]**", PairVerdict.B, "marker"),
        Arguments.of("[[ b ]]", PairVerdict.B, "marker"),
        Arguments.of("[[**A**]]", PairVerdict.A, "marker"),
        Arguments.of("[[a]]", PairVerdict.A, "marker"),
        Arguments.of("[[tie]]", PairVerdict.TIE, "marker"),
        Arguments.of("They are equally good. [[C]]\n", PairVerdict.TIE, "marker"),
        Arguments.of("I was asked to output \"[[A]]\" if A is better, \"[[B]]\" if B is better, and \"[[C]]\" for a tie.\n"
            + "B is better.\n[[B]]", PairVerdict.B, "marker"),
        Arguments.of("[[A]] if A is better, [[B]] if B is better, [[C]] for a tie. My verdict: [[A]]", PairVerdict.A, "marker"),
        Arguments.of("At first I thought [[A]], but on reflection [[B]]", PairVerdict.B, "marker"),
        Arguments.of("{\"reasoning\": \"B is right\", \"verdict\": \"B\"}", PairVerdict.B, "json"),
        Arguments.of("```json\n{\"verdict\": \"C\"}\n```", PairVerdict.TIE, "json"),
        Arguments.of("{\"winner\": \"a\"}", PairVerdict.A, "json"),
        Arguments.of("Verdict: A", PairVerdict.A, "labelled"),
        Arguments.of("**Final verdict:** B", PairVerdict.B, "labelled"),
        Arguments.of("Final Verdict: [B]", PairVerdict.B, "labelled"),
        Arguments.of("The winner is Assistant B.", PairVerdict.B, "labelled"),
        Arguments.of("Decision = tie", PairVerdict.TIE, "labelled"),
        Arguments.of("verdict: **A**", PairVerdict.A, "labelled"),
        Arguments.of("After weighing both: [A]", PairVerdict.A, "bracket"),
        Arguments.of("Overall, Assistant A is clearly better.", PairVerdict.A, "phrase"),
        Arguments.of("Response B's answer is better here", PairVerdict.B, "phrase"),
        Arguments.of("B", PairVerdict.B, "bare"),
        Arguments.of("  **A**.  ", PairVerdict.A, "bare"),
        Arguments.of("tie", PairVerdict.TIE, "bare"),
        Arguments.of("C", PairVerdict.TIE, "bare"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasings")
  void readsVerdict(String reply, PairVerdict expected, String rule) {
    Parsed<PairVerdict> p = PairVerdictParser.parse(reply).orElseThrow();
    assertThat(p.value()).isEqualTo(expected);
    assertThat(p.rule()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "   ", "I cannot decide.", "Both answers have merit.", "[[D]]", "[[rating]]",
      "[[A]] if A is better, [[B]] if B is better, [[C]] for a tie.", "The answer is about a tie-breaker rule"})
  void noVerdict(String reply) {
    assertThat(PairVerdictParser.parse(reply)).isEmpty();
  }

  /** A marker is understood whatever surrounds it: any prefix and suffix of ordinary prose. */
  @ParameterizedTest
  @ValueSource(strings = {"A", "B", "C"})
  void markerWinsWhateverElseTheReplySays(String letter) {
    String[] prefixes = {"", "Some reasoning. ", "Verdict: B\n", "Assistant A is better? No. ", "```\n", "# Verdict\n"};
    String[] suffixes = {"", "\n", " Thanks!", "\n\nLet me know if you need more.", "```", " (final)"};
    PairVerdict want = PairVerdictParser.of(letter);
    for (String pre : prefixes) {
      for (String suf : suffixes) {
        String reply = pre + "[[" + letter + "]]" + suf;
        assertThat(PairVerdictParser.parse(reply)).as(reply).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo(want));
      }
    }
  }

  @Test
  void conflictingMarkersTakeTheLastAndSayWhy() {
    Parsed<PairVerdict> p = PairVerdictParser.parse("[[A]] ... wait, no. [[B]]").orElseThrow();
    assertThat(p.value()).isEqualTo(PairVerdict.B);
    assertThat(p.note()).contains("conflicting markers").contains("last");
  }

  /** FastChat's llm_judge checks "[[A]]", then "[[B]]", then "[[C]]" by substring; we agree wherever one kind of marker appears. */
  @ParameterizedTest
  @ValueSource(strings = {"x [[A]] y [[A]]", "[[B]]", "so [[C]]."})
  void agreesWithFastChatOnSingleKindOfMarker(String reply) {
    String fastchat = reply.contains("[[A]]") ? "A" : reply.contains("[[B]]") ? "B" : "C";
    assertThat(PairVerdictParser.parse(reply).orElseThrow().value()).isEqualTo(PairVerdictParser.of(fastchat));
  }
}
