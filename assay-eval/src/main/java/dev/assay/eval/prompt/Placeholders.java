package dev.assay.eval.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The placeholder syntax of prompt templates: {@code {name}} where the name is a letter or
 * underscore followed by letters, digits or underscores. {@code {{} and {@code }}} stand for
 * literal braces (as in Python's {@code str.format}, so FastChat's files read the same); any other
 * brace is kept as written, so JSON examples in a template need no escaping.
 *
 * <pre>{@code
 * Placeholders.scan("Q: {question}\nA: {answer}");     // [question@1, answer@2]
 * Placeholders.fill("Q: {question}", Map.of("question", "2+2?")::get);   // "Q: 2+2?"
 * }</pre>
 */
public final class Placeholders {
  private Placeholders() {}

  /** One placeholder found in a text: its name and 1-based line within the text. */
  public record Found(String name, int line) {}

  /** Every placeholder of {@code text}, in order of appearance. */
  public static List<Found> scan(String text) {
    List<Found> out = new ArrayList<>();
    walk(text, (name, line) -> {
      out.add(new Found(name, line));
      return "";
    });
    return out;
  }

  /**
   * Replaces every placeholder by {@code values.apply(name)}; a null value is left to the caller to
   * reject before calling (see {@link PromptTemplate#render}).
   */
  public static String fill(String text, Function<String, String> values) {
    return walk(text, (name, line) -> {
      String v = values.apply(name);
      return v == null ? "" : v;
    });
  }

  private interface Visitor {
    String visit(String name, int line);
  }

  private static String walk(String text, Visitor visitor) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        out.append(c);
        i++;
      } else if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{') {
        out.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < n && text.charAt(i + 1) == '}') {
        out.append('}');
        i += 2;
      } else if (c == '{') {
        int end = nameEnd(text, i + 1);
        if (end > i + 1 && end < n && text.charAt(end) == '}') {
          out.append(visitor.visit(text.substring(i + 1, end), line));
          i = end + 1;
        } else {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int nameEnd(String text, int start) {
    int j = start;
    while (j < text.length()) {
      char c = text.charAt(j);
      boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (j > start && c >= '0' && c <= '9');
      if (!ok) {
        break;
      }
      j++;
    }
    return j;
  }

  /** Fills {@code text} from a map, for callers that have checked every name is present. */
  public static String fill(String text, Map<String, String> values) {
    return fill(text, values::get);
  }
}
