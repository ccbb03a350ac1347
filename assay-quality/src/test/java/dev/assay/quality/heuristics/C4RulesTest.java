package dev.assay.quality.heuristics;

import static dev.assay.quality.heuristics.Records.check;
import static dev.assay.quality.heuristics.Records.firstRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.quality.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Cases ported from datatrove tests/pipeline/filters/test_filters.py (TestC4QualityFilter); the
 * texts are ours. C4's line filtering is an edit: a passing document may come back with
 * {@code redactedText} set and no findings.
 */
class C4RulesTest {
  private static final C4Rules C4 = C4Rules.defaults();

  @Test
  void keepsQualityText() {
    String text = "The museum opened its new wing on a rainy Tuesday morning.\n"
        + "Visitors queued under umbrellas long before the doors were unlocked.\n"
        + "Inside, the first room held maps drawn by sailors three centuries ago.\n"
        + "A guide explained how the ink had been made from oak galls and iron.\n"
        + "Most people lingered longest beside the enormous globe in the centre.\n"
        + "By noon the rain had stopped and the garden cafe was full.";
    Verdict v = check(C4, text);
    assertThat(v.findings()).isEmpty();
    assertThat(v.redactedText()).isNull();
  }

  @Test
  void rejectsLoremIpsum() {
    String text = "Our template still says lorem ipsum dolor sit amet here.\n"
        + "The second line is a proper sentence.\n"
        + "A third line follows with more words.\n"
        + "The fourth line is also complete.\n"
        + "And this is the final line of text.";
    assertThat(firstRule(C4, text)).isEqualTo("lorem_ipsum");
  }

  @Test
  void rejectsCurlyBracket() {
    String text = "The config block opens with a { character.\n"
        + "The second line is a proper sentence.\n"
        + "A third line follows with more words.\n"
        + "The fourth line is also complete.\n"
        + "And this is the final line of text.";
    assertThat(firstRule(C4, text)).isEqualTo("curly_bracket");
  }

  @Test
  void rejectsTooFewSentences() {
    Verdict v = check(C4, "Only this sentence stands here.");
    assertThat(v.findings().get(0).rule()).isEqualTo("too_few_sentences");
    assertThat(v.findings().get(0).value()).isEqualTo(1);
    assertThat(v.findings().get(0).threshold()).isEqualTo(5);
  }

  @Test
  void removesPolicyLinesFromText() {
    C4Rules c4 = new C4Rules(true, true, -1, -1, 1000, true, true, true, true, true);
    Verdict v = check(c4, "This page uses cookies to remember you.\nThe next line stays in the text.");
    assertThat(v.passed()).isTrue();
    assertThat(v.redactedText()).isEqualTo("The next line stays in the text.");
  }

  @Test
  void dropsLinesWithoutPunctuationJavascriptOrCitations() {
    String text = "Menu Home About\n"
        + "Please enable JavaScript to view the comments.\n"
        + "The bridge was finished in 1932.[3]\n"
        + "Its main span is longer than a kilometre.[citation needed]\n"
        + "Engineers still study how it was built... \n"
        + "Tolls were collected until the loan was repaid.\n"
        + "Today it carries trams, cars and bicycles.\n"
        + "Fog often hides the towers in the morning.";
    Verdict v = check(C4, text);
    assertThat(v.passed()).isTrue();
    assertThat(v.redactedText()).isEqualTo("The bridge was finished in 1932.\n"
        + "Its main span is longer than a kilometre.\n"
        + "Tolls were collected until the loan was repaid.\n"
        + "Today it carries trams, cars and bicycles.\n"
        + "Fog often hides the towers in the morning.");
    C4Rules judgeOnly = new C4Rules(true, true, 5, 3, 1000, true, true, true, true, false);
    assertThat(check(judgeOnly, text)).isEqualTo(Verdict.PASS);
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new C4Rules(true, true, -2, 3, 1000, true, true, true, true, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_num_sentences");
  }
}
