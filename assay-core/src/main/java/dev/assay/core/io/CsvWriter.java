package dev.assay.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.databind.SequenceWriter;

/**
 * Writes records as CSV with a header. Columns are given up front or taken from the first record;
 * a later record with a field outside them is an error (CSV cannot grow columns while streaming).
 * Strings, numbers and booleans are written as they are, nested values as compact JSON, absent
 * fields and nulls as empty cells, so {@link CsvReader} reads the scalar fields back unchanged.
 *
 * <pre>{@code
 * try (CsvWriter out = new CsvWriter(Path.of("scores.csv"), List.of("id", "score"))) { ... }
 * }</pre>
 */
public final class CsvWriter implements DatasetWriter {
  private static final CsvMapper CSV = new CsvMapper();

  private final Path path;
  private final OutputStream out;
  private final char separator;
  private List<String> columns;
  private SequenceWriter seq;
  private long count;

  /** A writer whose columns are those of the first record written. */
  public CsvWriter(Path path) {
    this(path, null);
  }

  /** A writer with fixed columns. */
  public CsvWriter(Path path, List<String> columns) {
    this(path, columns, ',');
  }

  /** A writer with fixed columns (or, when null, the first record's) and a separator ({@code '\t'} for TSV). */
  public CsvWriter(Path path, List<String> columns, char separator) {
    this.separator = separator;
    this.path = path;
    this.out = OutputFiles.create(path);
    this.columns = columns == null ? null : List.copyOf(columns);
  }

  @Override
  public void write(JsonNode record) {
    if (!record.isObject()) {
      throw new IllegalArgumentException(
          path + ": record " + (count + 1) + ": CSV rows must be JSON objects, found " + record.getNodeType());
    }
    if (columns == null) {
      columns = new ArrayList<>(record.propertyNames());
    }
    for (String name : record.propertyNames()) {
      if (!columns.contains(name)) {
        throw new IllegalArgumentException(
            path + ": record " + (count + 1) + ": field '" + name + "' is not one of the CSV columns "
                + columns);
      }
    }
    open();
    String[] row = new String[columns.size()];
    for (int i = 0; i < row.length; i++) {
      JsonNode v = record.get(columns.get(i));
      row[i] =
          v == null || v.isNull() ? "" : v.isValueNode() ? v.asString() : Json.MAPPER.writeValueAsString(v);
    }
    seq.write(row);
    count++;
  }

  /** Writes the header even when no record follows (a no-op after the first record). */
  public void writeHeaderOnly() {
    if (columns != null) {
      open();
    }
  }

  private void open() {
    if (seq == null) {
      CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setColumnSeparator(separator);
      columns.forEach(b::addColumn);
      seq = CSV.writerFor(String[].class).with(b.build()).writeValues(out);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() {
    try {
      if (seq != null) {
        seq.close();
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot close: " + e.getMessage(), e);
    }
  }
}
