package dev.assay.report.model;

import java.util.List;

/**
 * A data table: shown as such, used as the accessible data behind a chart, and exported as a
 * Parquet/CSV analysis table. Cells are {@code String}, {@code Number}, {@code Boolean} or null;
 * numbers are stored canonically (whole numbers as {@code Long}, others as {@code Double}, NaN and
 * infinities as null) so that a table read back from JSON equals the one written.
 *
 * <pre>{@code
 * new Table("win_rates", "Win rate against the baseline",
 *     List.of(Column.text("model", "Model"), Column.number("win_rate", "Win rate", "%")),
 *     List.of(List.of("model-a", 62.1)));
 * }</pre>
 *
 * @param name a machine name (snake_case), used for the exported table's file name
 * @param caption what the table shows, one line
 * @param columns the columns
 * @param rows the rows; each has one cell per column
 */
public record Table(String name, String caption, List<Column> columns, List<List<Object>> rows)
    implements Block {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(JsonValues::canonicalList).toList();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + name + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /**
   * A column.
   *
   * @param name machine name (snake_case)
   * @param label the header people read
   * @param type "text", "number" or "boolean"
   * @param unit unit shown after numbers ("%", "ms", ...), or empty
   * @param decimals decimals shown for numbers (exports keep full precision)
   */
  public record Column(String name, String label, String type, String unit, int decimals) {

    /** A text column. */
    public static Column text(String name, String label) {
      return new Column(name, label, "text", "", 0);
    }

    /** A number column shown with 3 significant decimals. */
    public static Column number(String name, String label) {
      return new Column(name, label, "number", "", 3);
    }

    /** A number column with a unit and a number of decimals. */
    public static Column number(String name, String label, String unit, int decimals) {
      return new Column(name, label, "number", unit, decimals);
    }
  }
}
