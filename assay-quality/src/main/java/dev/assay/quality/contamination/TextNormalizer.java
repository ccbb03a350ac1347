package dev.assay.quality.contamination;

import dev.assay.quality.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text normalisation used for n-gram contamination matching, following the GPT-3 paper
 * (Brown et al. 2020, appendix C) and lm-evaluation-harness's {@code janitor.py}: n-grams "ignore
 * case and punctuation and are split on whitespace".
 *
 * <ol>
 *   <li>lower-case ({@link Locale#ROOT});
 *   <li>delete every punctuation ({@code \p{P}}) and symbol ({@code \p{S}}) character, as janitor
 *       deletes {@code string.punctuation} (so {@code "don't"} becomes {@code "dont"} and {@code
 *       "e-mail"} becomes {@code "email"}); we take all of Unicode's, not only ASCII's, so curly
 *       quotes and dashes vanish too;
 *   <li>split on runs of whitespace (Unicode spaces such as U+00A0 included); empty tokens are
 *       dropped, so whitespace is collapsed.
 * </ol>
 *
 * <pre>{@code
 * TextNormalizer.tokens("Don't  PANIC — it's fine!");   // [dont, panic, its, fine]
 * }</pre>
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised words of {@code text}, in order. */
  public static String[] tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Text.isSpace(cp)) {
        flush(word, out);
      } else if (!Text.isPunctuationOrSymbol(cp)) {
        word.appendCodePoint(cp);
      }
    }
    flush(word, out);
    return out.toArray(String[]::new);
  }

  /** The normalised text: its tokens joined by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (!word.isEmpty()) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
