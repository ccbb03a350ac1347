package dev.assay.models.reward;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simple features of a response's surface: its length (characters, words, lines, all as {@code
 * log1p}), its layout (share of list lines, numbered items, headings, bold spans, paragraphs, code
 * block), whether it ends cleanly (not cut off), its vocabulary variety, and whether it opens with
 * a disclaimer or refusal ("As an AI ...", "I'm sorry, but I can't ...") and how many such phrases
 * it holds. They can be switched off ({@link FeatureSpec#surface()}) to measure how much a reward
 * model leans on them; length is the best-known shortcut of preference data, and judges reward
 * layout and punish needless disclaimers.
 *
 * <pre>{@code
 * double[] f = SurfaceFeatures.of("1. Preheat the oven.\n2. Bake.");   // 13 numbers, see NAMES
 * }</pre>
 */
public final class SurfaceFeatures {
  /** Names of the features in order. */
  public static final List<String> NAMES = List.of(
      "log_chars", "log_words", "log_lines", "list_line_share", "has_code_block",
      "opens_with_disclaimer", "disclaimer_phrases", "headings", "bold_spans", "log_numbered_items",
      "log_paragraph_breaks", "ends_cleanly", "type_token_ratio");

  /** Characters at the start of a response searched for an opening disclaimer. */
  static final int OPENING = 300;

  private static final Pattern DISCLAIMER = Pattern.compile(
      "\\b(as an ai|as a language model|i'?m sorry|i am sorry|i apologi[sz]e|i cannot|i can't|i can not"
          + "|i'?m unable|i am unable|i don't have (?:access|the ability|real-time|personal)"
          + "|as of my (?:last|knowledge)|i'?m not able|i am not able|unfortunately,? i)\\b");
  private static final Pattern HEADING = Pattern.compile("#{1,6}\\s.*");

  private SurfaceFeatures() {}

  /** The features of {@code text}, in the order of {@link #NAMES}. */
  public static double[] of(String text) {
    String[] lines = text.split("\n", -1);
    int listLines = 0;
    int numbered = 0;
    int headings = 0;
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
      if (isNumbered(t)) {
        numbered++;
      }
      if (HEADING.matcher(t).matches()) {
        headings++;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int disclaimers = 0;
    boolean opens = false;
    for (Matcher m = DISCLAIMER.matcher(lower); m.find(); ) {
      disclaimers++;
      opens |= m.start() < OPENING;
    }
    String stripped = text.stripTrailing();
    char last = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
    int words = words(text);
    return new double[] {
      Math.log1p(text.length()),
      Math.log1p(words),
      Math.log1p(nonEmpty),
      nonEmpty == 0 ? 0 : (double) listLines / nonEmpty,
      text.contains("```") ? 1 : 0,
      opens ? 1 : 0,
      disclaimers,
      headings,
      count(text, "**") / 2.0,
      Math.log1p(numbered),
      Math.log1p(count(text, "\n\n")),
      ".!?)`\"'*".indexOf(last) >= 0 ? 1 : 0,
      words == 0 ? 0 : (double) distinctWords(lower) / words
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

  private static int distinctWords(String lower) {
    Set<String> seen = new HashSet<>();
    for (String w : lower.split("\\s+")) {
      if (!w.isEmpty()) {
        seen.add(w);
      }
    }
    return seen.size();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static boolean isListItem(String t) {
    char c = t.charAt(0);
    if ((c == '-' || c == '*' || c == '\u2022') && t.length() > 1 && t.charAt(1) == ' ') {
      return true;
    }
    return isNumbered(t);
  }

  private static boolean isNumbered(String t) {
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > 0 && i < t.length() - 1 && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
  }
}
