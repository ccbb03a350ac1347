package dev.assay.quality.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void lowercasesDeletesPunctuationAndCollapsesWhitespace() {
    assertThat(TextNormalizer.tokens("Don't  PANIC — it's\tfine!\n"))
        .containsExactly("dont", "panic", "its", "fine");
    assertThat(TextNormalizer.normalize("  e-mail:\u00a0“Hello”,  WORLD… $5 + 3 = 8 "))
        .isEqualTo("email hello world 5 3 8");
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoTokens() {
    assertThat(TextNormalizer.tokens("")).isEmpty();
    assertThat(TextNormalizer.tokens(" ... !!! — ")).isEmpty();
  }

  @Test
  void keepsLettersOfOtherScriptsAndDigits() {
    assertThat(TextNormalizer.tokens("Größe: 42 Ærø — 東京タワー!")).containsExactly("größe", "42", "ærø", "東京タワー");
  }
}
