package dev.assay.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dev.assay.core.AssayInputException;

/**
 * Streams the rows of a Parquet file as JSON objects through embedded DuckDB ({@code
 * read_parquet}, rows fetched in batches, so memory stays flat). A record's "line" is its 1-based
 * row number. Nested columns (lists, structs) come out as JSON arrays and objects.
 *
 * <pre>{@code
 * try (DatasetReader r = new ParquetReader(Path.of("train.parquet"))) { ... }
 * }</pre>
 */
public final class ParquetReader implements DatasetReader {
  private final String source;
  private final Connection conn;
  private final Statement stmt;
  private final ResultSet rs;
  private long records;

  public ParquetReader(Path path) {
    InputFiles.checkReadable(path);
    this.source = path.toString();
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = conn.createStatement()) {
        s.execute("SET threads TO 1");
      }
      PreparedStatement ps =
          conn.prepareStatement("SELECT CAST(to_json(t) AS VARCHAR) FROM read_parquet(?) t");
      ps.setString(1, path.toAbsolutePath().toString());
      ps.setFetchSize(2048);
      stmt = ps;
      rs = ps.executeQuery();
    } catch (SQLException e) {
      throw new AssayInputException(path + ": not a readable Parquet file: " + e.getMessage(), e);
    }
  }

  @Override
  public InputRecord next() {
    try {
      if (!rs.next()) {
        return null;
      }
      records++;
      byte[] raw = rs.getString(1).getBytes(StandardCharsets.UTF_8);
      return Json.parseRecord(source, records, raw);
    } catch (SQLException e) {
      throw new AssayInputException(source + ": row " + (records + 1) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ReadSummary summary() {
    return new ReadSummary(source, "parquet", false, records, 0, -1, null);
  }

  @Override
  public void close() {
    try {
      rs.close();
      stmt.close();
      conn.close();
    } catch (SQLException e) {
      throw new AssayInputException(source + ": " + e.getMessage(), e);
    }
  }
}
