package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ported from datatrove tests/pipeline/tokens/test_word_tokenizers.py (test_english_tokenizer):
 * quotes, commas and full stops split off words, a non-Latin word stays whole, and tabs and
 * newlines never reach a token. The sample text is ours.
 */
class WordTokenizerTest {

  @Test
  void splitsQuotesAndPunctuationLikeTheEnglishTokenizer() {
    String text = "'We could not stay long,' said Mira. 'Nor I,' said Tobin, 'and nor could the others.' "
        + "Good night! \n\n ελληνικά \n\t Good\nmorning! ";
    assertThat(WordTokenizer.words(text)).containsExactly(
        "'", "We", "could", "not", "stay", "long", ",", "'", "said", "Mira", ".",
        "'", "Nor", "I", ",", "'", "said", "Tobin", ",", "'", "and", "nor", "could", "the", "others", ".", "'",
        "Good", "night", "!", "ελληνικά", "Good", "morning", "!");
  }

  @Test
  void keepsNumbersUrlsAbbreviationsAndSplitsContractionsAndHyphens() {
    assertThat(WordTokenizer.words("Pi is 3.14, e.g. in the U.S. and 1,000 km."))
        .containsExactly("Pi", "is", "3.14", ",", "e.g.", "in", "the", "U.S.", "and", "1,000", "km", ".");
    assertThat(WordTokenizer.words("Don't visit https://example.org/a?b=1 or mail ann@example.com today..."))
        .containsExactly("Do", "n't", "visit", "https://example.org/a?b=1", "or", "mail", "ann@example.com", "today", "...");
    assertThat(WordTokenizer.words("a well-known (short) list: one/two"))
        .containsExactly("a", "well", "-", "known", "(", "short", ")", "list", ":", "one", "/", "two");
    assertThat(WordTokenizer.words("... wait # now")).containsExactly("...", "wait", "#", "now");
  }

  @Test
  void tokensNeverHoldWhiteSpace() {
    for (String t : WordTokenizer.words("a\u00a0b\u2003c\u3000d\te\r\nf")) {
      assertThat(Text.isBlank(t)).isFalse();
      assertThat(t).hasSize(1);
    }
  }

  @Test
  void countsSentencesAfterTerminalPunctuation() {
    assertThat(WordTokenizer.countSentences(WordTokenizer.words("One here. Two there! Three?"))).isEqualTo(3);
    assertThat(WordTokenizer.countSentences(WordTokenizer.words("Only one sentence."))).isEqualTo(1);
    assertThat(WordTokenizer.countSentences(List.of())).isZero();
  }
}
