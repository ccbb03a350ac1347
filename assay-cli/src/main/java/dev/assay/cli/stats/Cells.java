package dev.assay.cli.stats;

import dev.assay.cli.UsageError;

/** Cell parsing and JSON number helpers shared by the stats commands (package-private). */
final class Cells {
  private Cells() {}

  /**
   * A finite decimal number (surrounding spaces allowed), or a usage error naming {@code
   * file:line}, the column, what was expected and what was found.
   */
  static double number(StatsTable t, StatsTable.Row row, int column, String expected) {
    String raw = row.cells()[column];
    String s = raw.strip();
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new UsageError(t.where(row, column) + ": expected " + expected + ", found '" + raw + "'");
    }
    if (!Double.isFinite(v) || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new UsageError(t.where(row, column) + ": expected " + expected + ", found '" + raw + "'");
    }
    return v;
  }

  /** {@code null} for NaN (JSON has no NaN), the value otherwise. */
  static Double json(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
