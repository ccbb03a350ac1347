package dev.assay.quality.heuristics;

import static dev.assay.quality.heuristics.Records.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.quality.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LengthAndEmptyTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n\r", "\u00a0", "\u2003\u3000", "\u2028\u2029", "\u200b\ufeff", "\u202f\u2007 \n"})
  void emptyOrUnicodeWhiteSpaceIsFlagged(String text) {
    Finding f = check(EmptyCheck.defaults(), text).findings().get(0);
    assertThat(f.rule()).isEqualTo("non_space_chars");
    assertThat(f.value()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", " \u00a0x", "。", "😀"})
  void anythingVisiblePasses(String text) {
    assertThat(check(EmptyCheck.defaults(), text).passed()).isTrue();
  }

  @Test
  void minimumVisibleCharacters() {
    assertThat(check(new EmptyCheck(3), " ab ").findings().get(0).value()).isEqualTo(2);
    assertThatThrownBy(() -> new EmptyCheck(0)).hasMessageContaining("min_non_space_chars");
  }

  @Test
  void lengthBoundsInCodePointsAndWords() {
    LengthCheck c = new LengthCheck(3, 10, 2, 3);
    assertThat(check(c, "😀😀 😀").passed()).isTrue();
    assertThat(check(c, "ab").findings()).extracting(Finding::rule).containsExactly("min_chars", "min_words");
    assertThat(check(c, "one two three four").findings()).extracting(Finding::rule).containsExactly("max_chars", "max_words");
    assertThat(check(LengthCheck.defaults(), "").passed()).isTrue();
    assertThatThrownBy(() -> new LengthCheck(5, 4, 0, 0)).hasMessageContaining("min_chars");
  }
}
