package dev.assay.train.reward;

import java.util.List;

/**
 * Simple features of a response's surface: its length (characters, words, lines, all as {@code
 * log1p}), the share of its lines that are list items, and whether it holds a code block. They can
 * be switched off ({@link FeatureSpec#surface()}) to measure how much a reward model leans on
 * length, the best-known shortcut of preference data.
 *
 * <pre>{@code
 * double[] f = SurfaceFeatures.of("1. Preheat the oven.\n2. Bake.");   // 5 numbers, see NAMES
 * }</pre>
 */
public final class SurfaceFeatures {
  /** Names of the features in order. */
  public static final List<String> NAMES =
      List.of("log_chars", "log_words", "log_lines", "list_line_share", "has_code_block");

  private SurfaceFeatures() {}

  /** The features of {@code text}, in the order of {@link #NAMES}. */
  public static double[] of(String text) {
    String[] lines = text.strip().split("\n", -1);
    int listLines = 0;
    int nonEmpty = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (isListItem(t)) {
        listLines++;
      }
    }
    return new double[] {
      Math.log1p(text.length()),
      Math.log1p(words(text)),
      Math.log1p(nonEmpty),
      nonEmpty == 0 ? 0 : (double) listLines / nonEmpty,
      text.contains("```") ? 1 : 0
    };
  }

  /** Whitespace-separated words. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }

  private static boolean isListItem(String t) {
    char c = t.charAt(0);
    if ((c == '-' || c == '*' || c == '\u2022') && t.length() > 1 && t.charAt(1) == ' ') {
      return true;
    }
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > 0 && i < t.length() - 1 && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
  }
}
