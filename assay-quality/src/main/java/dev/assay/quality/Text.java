package dev.assay.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Character classes and line splitting shared by the checks (heuristics, dedup normalisation,
 * contamination n-grams). The definitions follow
 * Python's {@code str} semantics where datatrove's filters depend on them ({@code isspace},
 * {@code strip}, {@code splitlines}, {@code len} in code points), so that thresholds published for
 * those filters mean the same thing here.
 *
 * <pre>{@code
 * List<String> lines = Text.splitLines("one\r\ntwo\n");   // [one, two]
 * boolean blank = Text.isBlank("\u00a0\u2003");            // true
 * }</pre>
 */
public final class Text {
  private Text() {}

  /** True for any Unicode white space, including no-break spaces (U+00A0, U+2007, U+202F). */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || (cp >= 0x1c && cp <= 0x1f)
        || cp == 0x85
        || cp == 0x200b
        || cp == 0xfeff;
  }

  /** True for Unicode punctuation (P*) and symbols (S*): what normalisers strip. */
  public static boolean isPunctuationOrSymbol(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** True when {@code s} is empty or holds only white space (see {@link #isSpace(int)}). */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** {@code s} without leading and trailing white space (see {@link #isSpace(int)}). */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Length in Unicode code points (Python's {@code len}). */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Splits at line boundaries as Python's {@code str.splitlines()} does: \n, \r, \r\n, \u000b,
   * \u000c, \u001c-\u001e, \u0085, \u2028, \u2029; no empty last element for a trailing break.
   */
  public static List<String> splitLines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isLineBreak(c)) {
        out.add(s.substring(start, i));
        if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)
        || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /**
   * True for punctuation, symbols and control characters: every Unicode category P* and S*, plus
   * C* (controls, format characters). Letters, marks, digits and spaces are not punctuation.
   */
  public static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.CONTROL,
          Character.FORMAT -> true;
      default -> false;
    };
  }

  /** True when every code point of {@code word} is punctuation (see {@link #isPunctuation(int)}). */
  public static boolean isAllPunctuation(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (!isPunctuation(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** True when {@code word} holds at least one alphabetic code point. */
  public static boolean hasAlpha(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isAlphabetic(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * True for sentence-terminal punctuation in the scripts we know of: Latin, full-width and CJK,
   * Arabic, Devanagari, Ethiopic, Armenian, Myanmar, Khmer, Mongolian, Syriac, Tibetan, and the
   * interrobang family.
   */
  public static boolean isTerminal(int cp) {
    return switch (cp) {
      case '.', '!', '?', 0x3002, 0xff01, 0xff1f, 0xff0e, 0xff61, 0xfe52, 0xfe56, 0xfe57,
          0x0964, 0x0965, 0x061f, 0x06d4, 0x061d, 0x1362, 0x1367, 0x1368, 0x0589, 0x104a, 0x104b,
          0x17d4, 0x17d5, 0x17d9, 0x17da, 0x1803, 0x1809, 0x0700, 0x0701, 0x0702, 0x203c, 0x203d,
          0x2047, 0x2048, 0x2049, 0x2e2e, 0x2e3c, 0x07f9, 0x0f0d, 0x0f0e, 0x166e, 0xa4ff, 0xa60e,
          0xa60f, 0xa6f3, 0xa6f7, 0x1944, 0x1945, 0x1aa8, 0x1aa9, 0x1aaa, 0x1aab, 0x1b5a, 0x1b5b,
          0x1b5e, 0x1b5f, 0x1c3b, 0x1c3c, 0x1c7e, 0x1c7f, 0xa876, 0xa877, 0xa8ce, 0xa8cf, 0xa92f,
          0xa9c8, 0xa9c9, 0xaa5d, 0xaa5e, 0xaa5f, 0xaaf0, 0xaaf1, 0xabeb, 0x2e53, 0x2e54 -> true;
      default -> false;
    };
  }

  /** True when the last code point of {@code s} is sentence-terminal (see {@link #isTerminal}). */
  public static boolean endsWithTerminal(String s) {
    return !s.isEmpty() && isTerminal(s.codePointBefore(s.length()));
  }
}
