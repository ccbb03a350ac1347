package dev.assay.report.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into a run's contract documents, as a gate assertion spells it: names joined by dots,
 * list entries chosen by their name field ({@code models[model-a]}, or explicitly
 * {@code models[model=model-a]}) or by index ({@code models[0]}, {@code models[-1]} is the last),
 * and map keys that hold dots quoted ({@code checks["my.check"]}).
 *
 * <pre>{@code
 * FieldPath p = FieldPath.parse("leaderboard.models[model-a].vs_baseline.win_rate_interval.lower");
 * p.segments().get(1);   // Name[models]
 * p.segments().get(2);   // Match[field=null, value=model-a]
 * p.toString();          // the same text back
 * }</pre>
 *
 * @param segments the steps, in order
 */
public record FieldPath(List<Segment> segments) {

  /** One step of a path. */
  public sealed interface Segment permits Name, Index, Match {}

  /** A field (or map key) by name. */
  public record Name(String name) implements Segment {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A list entry by position; negative counts from the end. */
  public record Index(int index) implements Segment {
    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }

  /** A list entry whose {@code field} (null: its name field) equals {@code value}, or a map key. */
  public record Match(String field, String value) implements Segment {
    @Override
    public String toString() {
      String v = value.matches("[A-Za-z0-9_\\-:/@+ ]+") && !value.matches("-?\\d+") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
      return "[" + (field == null ? "" : field + "=") + v + "]";
    }
  }

  /** Copies. */
  public FieldPath {
    segments = List.copyOf(segments);
  }

  /** Parses {@code text}; an error says where it stopped making sense. */
  public static FieldPath parse(String text) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    if (n == 0) {
      throw new GateSyntaxException("empty field path");
    }
    boolean expectName = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.') {
        if (expectName) {
          throw new GateSyntaxException("'" + text + "': a name is missing before the '.' at position " + (i + 1));
        }
        expectName = true;
        i++;
      } else if (c == '[') {
        if (out.isEmpty()) {
          throw new GateSyntaxException("'" + text + "': a path starts with a name, not '['");
        }
        int close = closing(text, i);
        out.add(selector(text, text.substring(i + 1, close)));
        expectName = false;
        i = close + 1;
      } else {
        if (!expectName) {
          throw new GateSyntaxException("'" + text + "': expected '.' or '[' at position " + (i + 1));
        }
        int j = i;
        while (j < n && text.charAt(j) != '.' && text.charAt(j) != '[') {
          char x = text.charAt(j);
          if (Character.isWhitespace(x) || x == ']') {
            throw new GateSyntaxException("'" + text + "': unexpected '" + x + "' at position " + (j + 1));
          }
          j++;
        }
        out.add(new Name(text.substring(i, j)));
        expectName = false;
        i = j;
      }
    }
    if (expectName) {
      throw new GateSyntaxException("'" + text + "': the path ends with '.'");
    }
    return new FieldPath(out);
  }

  private static int closing(String text, int open) {
    boolean quoted = false;
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\' && quoted) {
        j++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return j;
      }
    }
    throw new GateSyntaxException("'" + text + "': the '[' at position " + (open + 1) + " is not closed");
  }

  private static Segment selector(String text, String inside) {
    String s = inside.trim();
    if (s.isEmpty()) {
      throw new GateSyntaxException("'" + text + "': empty []; write an index ([0]) or a name ([model-a])");
    }
    if (s.startsWith("\"")) {
      return new Match(null, unquote(text, s));
    }
    if (s.matches("-?\\d+")) {
      return new Index(Integer.parseInt(s));
    }
    int eq = s.indexOf('=');
    if (eq > 0) {
      String value = s.substring(eq + 1).trim();
      return new Match(s.substring(0, eq).trim(), value.startsWith("\"") ? unquote(text, value) : value);
    }
    return new Match(null, s);
  }

  private static String unquote(String text, String s) {
    if (s.length() < 2 || !s.endsWith("\"")) {
      throw new GateSyntaxException("'" + text + "': unbalanced quotes in " + s);
    }
    return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** The path without its first {@code n} segments. */
  public FieldPath drop(int n) {
    return new FieldPath(segments.subList(n, segments.size()));
  }

  /** The first {@code n} segments. */
  public FieldPath take(int n) {
    return new FieldPath(segments.subList(0, Math.min(n, segments.size())));
  }

  /** Spelled as it is parsed. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      if (s instanceof Name && !b.isEmpty()) {
        b.append('.');
      }
      b.append(s);
    }
    return b.toString();
  }
}
