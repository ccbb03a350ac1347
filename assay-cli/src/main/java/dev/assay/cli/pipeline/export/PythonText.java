package dev.assay.cli.pipeline.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Python source fragments: string literals that survive any character, lists of them, and the
 * words a generated identifier must avoid.
 *
 * <pre>{@code
 * PythonText.str("it's");                 // 'it\'s'
 * PythonText.list(List.of("qa", "x y"));  // ['qa', 'x y']
 * }</pre>
 */
final class PythonText {
  /** Python's keywords (and the soft ones that would confuse a reader). */
  static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
      "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
      "dag", "defs");

  private PythonText() {}

  /** A single-quoted Python string literal of {@code s}. */
  static String str(String s) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\'' -> b.append("\\'");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('\'').toString();
  }

  /** A Python list literal of string literals. */
  static String list(List<String> items) {
    return items.stream().map(PythonText::str).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A POSIX shell word: single-quoted unless it is plainly safe. */
  static String shellWord(String s) {
    if (!s.isEmpty() && s.matches("[A-Za-z0-9_./=:,+@%-]+")) {
      return s;
    }
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }
}
