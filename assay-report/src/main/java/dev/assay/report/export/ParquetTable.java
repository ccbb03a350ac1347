package dev.assay.report.export;

import dev.assay.report.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one report {@link Table} as a Parquet file with embedded DuckDB (the engine behind
 * assay-core's {@code ParquetWriter}). Unlike that writer, which infers column types from the
 * records, the file's types come from the table's declared columns, so a column that is null in
 * every row or a table without rows still has its typed columns: {@code number} becomes DOUBLE (a
 * cell that is not a finite number is written as null), {@code boolean} BOOLEAN, anything else
 * VARCHAR. The file is written under a temporary name and renamed, so a failure leaves no partial
 * file.
 *
 * <pre>{@code
 * ParquetTable.write(table, Path.of("out/tables/win_rates.parquet"));
 * }</pre>
 */
final class ParquetTable {
  private ParquetTable() {}

  /** Writes {@code table} to {@code file} (replacing it). */
  static void write(Table table, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = dir.resolve("." + file.getFileName() + ".partial");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (" + columnsDdl(table.columns()) + ")");
      }
      if (!table.rows().isEmpty()) {
        insert(c, table);
      }
      try (Statement s = c.createStatement()) {
        s.execute("COPY t TO '" + partial.toString().replace("'", "''") + "' (FORMAT parquet)");
      }
    } catch (SQLException e) {
      Files.deleteIfExists(partial);
      throw new IOException(file + ": cannot write table " + table.name() + ": " + e.getMessage(), e);
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The Parquet (DuckDB) type of a declared column type. */
  static String sqlType(String columnType) {
    return switch (columnType) {
      case "number" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      default -> "VARCHAR";
    };
  }

  private static String columnsDdl(List<Table.Column> columns) {
    List<String> parts = new ArrayList<>();
    for (Table.Column col : columns) {
      parts.add(quote(col.name()) + " " + sqlType(col.type()));
    }
    return String.join(", ", parts);
  }

  private static void insert(Connection c, Table table) throws SQLException {
    List<Table.Column> columns = table.columns();
    String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (" + marks + ")")) {
      for (List<Object> row : table.rows()) {
        for (int i = 0; i < columns.size(); i++) {
          bind(ps, i + 1, columns.get(i).type(), row.get(i));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int index, String type, Object v) throws SQLException {
    switch (type) {
      case "number" -> {
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
          ps.setDouble(index, n.doubleValue());
        } else {
          ps.setNull(index, Types.DOUBLE);
        }
      }
      case "boolean" -> {
        if (v instanceof Boolean b) {
          ps.setBoolean(index, b);
        } else {
          ps.setNull(index, Types.BOOLEAN);
        }
      }
      default -> {
        if (v == null) {
          ps.setNull(index, Types.VARCHAR);
        } else {
          ps.setString(index, String.valueOf(v));
        }
      }
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
