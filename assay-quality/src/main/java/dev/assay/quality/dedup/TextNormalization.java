package dev.assay.quality.dedup;

import dev.assay.quality.Text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text is normalised before exact deduplication: each step is a flag, applied in this order:
 * Unicode NFKC (compatibility forms such as full-width letters and ligatures fold to their plain
 * forms), lower case (locale-independent), strip punctuation (Unicode categories P* and S*),
 * strip digits (Unicode decimal digits), collapse whitespace (runs of whitespace become one space,
 * leading and trailing whitespace is removed). Stripped characters are deleted, not replaced, so
 * "a-b" becomes "ab"; whitespace collapsing runs last and tidies the gaps stripping leaves.
 *
 * <pre>{@code
 * TextNormalization n = new TextNormalization(true, true, true, true, false);
 * n.apply("  Hello,   WORLD!  ");   // "hello world"
 * }</pre>
 *
 * @param lowercase fold to lower case ({@link Locale#ROOT})
 * @param nfkc apply Unicode NFKC normalisation
 * @param collapseWhitespace collapse whitespace runs to one space and trim
 * @param stripPunctuation delete punctuation and symbols
 * @param stripDigits delete decimal digits
 */
public record TextNormalization(
    boolean lowercase,
    boolean nfkc,
    boolean collapseWhitespace,
    boolean stripPunctuation,
    boolean stripDigits) {

  /** No normalisation: the text is compared as it is. */
  public static final TextNormalization NONE = new TextNormalization(false, false, false, false, false);

  /** Lower case, NFKC and collapsed whitespace; punctuation and digits kept. */
  public static final TextNormalization DEFAULT = new TextNormalization(true, true, true, false, false);

  /** Normalises {@code text} with the enabled steps. */
  public String apply(String text) {
    String s = text;
    if (nfkc && !Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    if (lowercase) {
      s = s.toLowerCase(Locale.ROOT);
    }
    if (!stripPunctuation && !stripDigits && !collapseWhitespace) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (stripPunctuation && Text.isPunctuationOrSymbol(cp)) {
        continue;
      }
      if (stripDigits && Character.isDigit(cp)) {
        continue;
      }
      if (collapseWhitespace && Text.isSpace(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }
}
