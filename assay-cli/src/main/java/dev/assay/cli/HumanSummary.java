package dev.assay.cli;

import dev.assay.core.io.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A result object (the one {@code --json} prints) as a few lines for people: one {@code key: value}
 * line per field, nested objects indented, numbers to four significant digits, long lists cut
 * after {@value #MAX_ITEMS} items. Used by commands whose result is the printout itself ({@code
 * stats ...}, {@code reward eval|explain}) when {@code --json} is not given.
 *
 * <pre>{@code
 * HumanSummary.print(out, Map.of("win_rate", 52.3456, "n_total", 805));
 * // win_rate: 52.35
 * // n_total: 805
 * }</pre>
 */
public final class HumanSummary {
  /** List items shown before the rest is counted. */
  public static final int MAX_ITEMS = 10;

  private HumanSummary() {}

  /** Writes {@code result} (maps, lists, records, JSON trees) as indented lines and flushes. */
  public static void print(PrintWriter out, Object result) {
    for (String line : lines(result)) {
      out.println(line);
    }
    out.flush();
  }

  /** The lines {@link #print} writes. */
  public static List<String> lines(Object result) {
    Object tree = Json.MAPPER.convertValue(result, Object.class);
    List<String> lines = new ArrayList<>();
    if (tree instanceof Map<?, ?> m) {
      fields(m, "", lines);
    } else {
      lines.add(inline(tree));
    }
    return lines;
  }

  private static void fields(Map<?, ?> map, String indent, List<String> lines) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = indent + e.getKey();
      Object v = e.getValue();
      if (v instanceof Map<?, ?> m && !m.isEmpty() && indent.length() < 4) {
        lines.add(key + ":");
        fields(m, indent + "  ", lines);
      } else if (v instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map || x instanceof List)) {
        lines.add(key + ": " + l.size() + (l.size() == 1 ? " item" : " items"));
        for (int i = 0; i < Math.min(l.size(), MAX_ITEMS); i++) {
          lines.add(indent + "  - " + inline(l.get(i)));
        }
        if (l.size() > MAX_ITEMS) {
          lines.add(indent + "  ... " + (l.size() - MAX_ITEMS) + " more (--json prints all)");
        }
      } else {
        lines.add(key + ": " + inline(v));
      }
    }
  }

  private static String inline(Object v) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        return "{}";
      }
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + "=" + inline(x)));
      return String.join(", ", parts);
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < Math.min(l.size(), MAX_ITEMS); i++) {
        parts.add(inline(l.get(i)));
      }
      if (l.size() > MAX_ITEMS) {
        parts.add("... " + (l.size() - MAX_ITEMS) + " more");
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    if (v instanceof BigDecimal b) {
      return number(b.doubleValue());
    }
    return v == null ? "null" : v.toString();
  }

  /** {@code x} to four significant digits, plain (no exponent) unless very large or small. */
  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.toString(x);
    }
    if (x == 0) {
      return "0";
    }
    double a = Math.abs(x);
    if (a >= 1e7 || a < 1e-4) {
      return String.format(Locale.ROOT, "%.3e", x);
    }
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
