package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A table for the stats commands, read through the one core reader ({@link Datasets}): CSV or TSV
 * with a header row (optionally gzipped: {@code ratings.csv.gz}), or any record format (JSON Lines,
 * JSON arrays, Parquet), whose fields become columns in order of first appearance. Cells come back
 * as text (an empty CSV cell or an absent field is {@code ""}; numbers in their JSON spelling), and
 * every row remembers where it is, so errors name {@code file:line}. A row with more or fewer cells
 * than the header, an empty or repeated column name, or a file without a header is a usage error.
 *
 * <pre>{@code
 * StatsTable t = StatsTable.read(Path.of("ratings.csv.gz"));
 * int col = t.column("score");
 * for (StatsTable.Row r : t.rows()) { String cell = r.cells()[col]; ... }
 * }</pre>
 */
final class StatsTable {
  /** One data row and the line it starts on (row number for Parquet). */
  record Row(long line, String[] cells) {}

  private final String source;
  private final String[] header;
  private final List<Row> rows;

  private StatsTable(String source, String[] header, List<Row> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a whole file; every problem is a {@link UsageError} naming the file (and line). */
  static StatsTable read(Path path) {
    String source = path.toString();
    List<JsonNode> values = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> columns = null;
    try (DatasetReader in = Datasets.open(path)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (columns == null) {
          columns = in.columns();
        }
        if (!r.parsed()) {
          throw new UsageError(r.error());
        }
        if (!r.value().isObject()) {
          throw new UsageError(r.location() + ": expected a row (a JSON object), found " + r.value().getNodeType());
        }
        values.add(r.value());
        lines.add(r.line());
      }
      if (columns == null) {
        columns = in.columns();
      }
    } catch (dev.assay.core.AssayInputException e) {
      throw new UsageError(e.getMessage(), e);
    }
    if (columns == null) {
      if (values.isEmpty()) {
        throw new UsageError(source + ": empty file, expected a header row");
      }
      Set<String> seen = new LinkedHashSet<>();
      values.forEach(v -> seen.addAll(v.propertyNames()));
      columns = List.copyOf(seen);
    }
    String[] header = columns.toArray(String[]::new);
    if (header.length == 1 && header[0].isEmpty() && values.isEmpty()) {
      throw new UsageError(source + ": empty file, expected a header row");
    }
    for (int k = 0; k < header.length; k++) {
      if (header[k].isEmpty()) {
        throw new UsageError(source + ":1: header cell " + (k + 1) + " is empty, expected a column name");
      }
      for (int j = 0; j < k; j++) {
        if (header[j].equals(header[k])) {
          throw new UsageError(source + ":1: column name '" + header[k] + "' appears twice");
        }
      }
    }
    List<Row> rows = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      JsonNode v = values.get(i);
      String[] cells = new String[header.length];
      for (int k = 0; k < header.length; k++) {
        JsonNode c = v.get(header[k]);
        cells[k] = c == null || c.isNull() ? "" : c.isValueNode() ? c.asString() : c.toString();
      }
      rows.add(new Row(lines.get(i), cells));
    }
    return new StatsTable(source, header, List.copyOf(rows));
  }

  String source() {
    return source;
  }

  String[] header() {
    return header.clone();
  }

  List<Row> rows() {
    return rows;
  }

  /** The index of a required column, or a usage error listing the columns there are. */
  int column(String name) {
    for (int k = 0; k < header.length; k++) {
      if (header[k].equals(name)) {
        return k;
      }
    }
    throw new UsageError(
        source + ":1: missing column '" + name + "', found columns " + String.join(", ", header));
  }

  /** {@code file:line: column 'name'} for error messages. */
  String where(Row row, int column) {
    return source + ":" + row.line() + ": column '" + header[column] + "'";
  }
}
