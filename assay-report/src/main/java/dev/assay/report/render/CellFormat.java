package dev.assay.report.render;

import dev.assay.report.model.Table.Column;
import java.util.Locale;

/**
 * How a table cell reads in the HTML page and the Markdown summary: numbers with the column's
 * decimals and thousands separators, booleans as yes/no, missing values as an en dash. Units go
 * in the column header ({@link #header}), not in every cell.
 *
 * <pre>{@code
 * CellFormat.cell(Column.number("share", "Share", "%", 1), 97.64)   // "97.6"
 * CellFormat.header(Column.number("share", "Share", "%", 1))        // "Share (%)"
 * }</pre>
 */
public final class CellFormat {

  /** What a missing value shows. */
  public static final String MISSING = "\u2013";

  private CellFormat() {}

  /** The header people read: the label, and the unit in parentheses when there is one. */
  public static String header(Column column) {
    String unit = column.unit() == null ? "" : column.unit();
    return unit.isEmpty() ? column.label() : column.label() + " (" + unit + ")";
  }

  /** True when the column holds numbers (right-aligned). */
  public static boolean numeric(Column column) {
    return "number".equals(column.type());
  }

  /** The text of one cell. */
  public static String cell(Column column, Object value) {
    return switch (value) {
      case null -> MISSING;
      case Boolean b -> b ? "yes" : "no";
      case Double d when !Double.isFinite(d) -> MISSING;
      case Number n when numeric(column) -> number(n, Math.max(0, column.decimals()));
      default -> String.valueOf(value);
    };
  }

  private static String number(Number n, int decimals) {
    if ((n instanceof Long || n instanceof Integer) && decimals == 0) {
      return String.format(Locale.ROOT, "%,d", n.longValue());
    }
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", n.doubleValue());
    // "-0.0" after rounding a tiny negative reads as a different number than it is
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
