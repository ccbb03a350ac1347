package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words and punctuation tokens the way the heuristic filters published with
 * datatrove see it (a blank spaCy English tokenizer): white space separates chunks; leading quotes,
 * brackets and symbols, and trailing punctuation, quotes, ellipses and contractions ({@code 's},
 * {@code n't}) become tokens of their own; hyphens and slashes between letters are split out;
 * numbers ({@code 3.14}, {@code 1,000}), URLs, e-mail addresses and common abbreviations
 * ({@code e.g.}, {@code U.S.}, {@code Mr.}) stay whole. White space never appears in a token.
 *
 * <pre>{@code
 * WordTokenizer.words("'So do I,' said Gandalf.");   // [', So, do, I, ,, ', said, Gandalf, .]
 * }</pre>
 */
public final class WordTokenizer {
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "vs.", "etc.", "inc.", "ltd.",
          "co.", "corp.", "prof.", "no.", "approx.", "dept.", "est.", "fig.", "vol.", "jan.",
          "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

  private WordTokenizer() {}

  /** The tokens of {@code text}, in order, none empty and none holding white space. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>(Math.max(8, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Text.isSpace(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int start = i;
      while (i < n && !Text.isSpace(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        chunk(text.substring(start, i), out);
      }
    }
    return out;
  }

  /**
   * Number of sentences in a token list, as a punctuation-based sentencizer counts them: a new
   * sentence starts at the first non-punctuation token after a sentence-terminal token.
   */
  public static int countSentences(List<String> tokens) {
    if (tokens.isEmpty()) {
      return 0;
    }
    int sentences = 1;
    boolean seenTerminal = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean terminal = t.codePointCount(0, t.length()) == 1 && Text.isTerminal(t.codePointAt(0));
      if (seenTerminal && !terminal && !Text.isAllPunctuation(t)) {
        sentences++;
        seenTerminal = false;
      } else if (terminal) {
        seenTerminal = true;
      }
    }
    return sentences;
  }

  private static void chunk(String s, List<String> out) {
    List<String> suffixes = null;
    while (!s.isEmpty() && !isSpecial(s)) {
      int p = prefixLength(s);
      if (p > 0) {
        out.add(s.substring(0, p));
        s = s.substring(p);
        continue;
      }
      int q = suffixLength(s);
      if (q > 0 && q < s.length()) {
        if (suffixes == null) {
          suffixes = new ArrayList<>(2);
        }
        suffixes.add(s.substring(s.length() - q));
        s = s.substring(0, s.length() - q);
        continue;
      }
      break;
    }
    if (!s.isEmpty()) {
      if (isSpecial(s)) {
        out.add(s);
      } else {
        infixes(s, out);
      }
    }
    if (suffixes != null) {
      for (int k = suffixes.size() - 1; k >= 0; k--) {
        out.add(suffixes.get(k));
      }
    }
  }

  private static int prefixLength(String s) {
    int dots = ellipsisAt(s, 0);
    if (dots > 0) {
      return dots;
    }
    int cp = s.codePointAt(0);
    int len = Character.charCount(cp);
    if (cp == '-' || cp == '/' || cp == '.' || cp == '@' || cp == '\\') {
      return 0;
    }
    if (cp == '+' && s.length() > 1 && Character.isDigit(s.charAt(1))) {
      return 0;
    }
    return Text.isPunctuation(cp) ? len : 0;
  }

  private static int suffixLength(String s) {
    int n = s.length();
    if (s.endsWith("...") || s.endsWith("..")) {
      int k = n;
      while (k > 0 && s.charAt(k - 1) == '.') {
        k--;
      }
      return n - k;
    }
    if (n > 3 && (s.endsWith("n't") || s.endsWith("n’t") || s.endsWith("N'T"))
        && Character.isLetter(s.charAt(n - 4))) {
      return 3;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    for (String c : new String[] {"'s", "’s", "'m", "’m", "'d", "’d", "'re", "’re", "'ve", "’ve", "'ll", "’ll"}) {
      if (n > c.length() && lower.endsWith(c) && Character.isLetter(s.charAt(n - c.length() - 1))) {
        return c.length();
      }
    }
    int cp = s.codePointBefore(n);
    int len = Character.charCount(cp);
    if (cp == '.') {
      return ABBREVIATIONS.contains(lower) ? 0 : 1;
    }
    if (cp == '-' || cp == '/' || cp == '@' || cp == '\\') {
      return 0;
    }
    return Text.isPunctuation(cp) ? len : 0;
  }

  /** Length of an ellipsis (two or more dots, or U+2026 runs) starting at {@code i}, else 0. */
  private static int ellipsisAt(String s, int i) {
    int k = i;
    if (s.charAt(i) == '\u2026') {
      while (k < s.length() && s.charAt(k) == '\u2026') {
        k++;
      }
      return k - i;
    }
    while (k < s.length() && s.charAt(k) == '.') {
      k++;
    }
    return k - i >= 2 ? k - i : 0;
  }

  private static void infixes(String s, List<String> out) {
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; ) {
      int e = ellipsisAt(s, i);
      int len = e > 0 ? e : (isInfix(s, i) ? 1 : 0);
      if (len > 0) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        out.add(s.substring(i, i + len));
        i += len;
        start = i;
      } else {
        i += Character.charCount(s.codePointAt(i));
      }
    }
    if (start < n) {
      out.add(s.substring(start));
    }
  }

  private static boolean isInfix(String s, int i) {
    if (i == 0 || i + 1 >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    char before = s.charAt(i - 1);
    char after = s.charAt(i + 1);
    boolean alnumBefore = Character.isLetterOrDigit(before);
    return switch (c) {
      case '-', '\u2013', '\u2014', '~' ->
          alnumBefore && (Character.isLetter(after) || Character.isDigit(before) && Character.isDigit(after));
      case ',' -> Character.isLetter(before) && Character.isLetter(after);
      case ':', '<', '>', '=', '/' -> alnumBefore && Character.isLetter(after);
      case '.' -> Character.isLowerCase(before) && Character.isUpperCase(after);
      default -> false;
    };
  }

  private static boolean isSpecial(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(lower) || isInitialism(s)) {
      return true;
    }
    if (lower.contains("://") || lower.startsWith("www.")) {
      return Character.isLetterOrDigit(s.charAt(s.length() - 1)) || s.endsWith("/");
    }
    int at = s.indexOf('@');
    return at > 0 && s.indexOf('.', at) > at + 1
        && Character.isLetterOrDigit(s.charAt(0)) && Character.isLetter(s.charAt(s.length() - 1));
  }

  /** Letters separated by dots with a final dot: {@code e.g.}, {@code U.S.}, {@code i.e.}. */
  private static boolean isInitialism(String s) {
    int n = s.length();
    if (n < 4 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isLetter(s.charAt(i)) || s.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }
}
