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
  private final Path unpacked;
  private long records;

  public ParquetReader(Path path) {
    InputFiles.checkReadable(path);
    this.source = path.toString();
    this.unpacked = InputFiles.isGzip(path) ? gunzip(path) : null;
    Path file = unpacked != null ? unpacked : path;
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = conn.createStatement()) {
        s.execute("SET threads TO 1");
      }
      PreparedStatement ps =
          conn.prepareStatement("SELECT CAST(to_json(t) AS VARCHAR) FROM read_parquet(?) t");
      ps.setString(1, file.toAbsolutePath().toString());
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

  /** Parquet needs random access: a gzipped file is unpacked to a temporary file first. */
  private static Path gunzip(Path path) {
    try {
      Path tmp = java.nio.file.Files.createTempFile("assay-", ".parquet");
      try (java.io.InputStream in = InputFiles.open(path)) {
        java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return tmp;
    } catch (java.io.IOException e) {
      throw new AssayInputException(path + ": cannot unpack gzip: " + e.getMessage(), e);
    }
  }

  @Override
  public ReadSummary summary() {
    return new ReadSummary(source, "parquet", unpacked != null, records, 0, -1, null);
  }

  @Override
  public void close() {
    try {
      rs.close();
      stmt.close();
      conn.close();
      if (unpacked != null) {
        java.nio.file.Files.deleteIfExists(unpacked);
      }
    } catch (java.io.IOException e) {
      throw new AssayInputException(source + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new AssayInputException(source + ": " + e.getMessage(), e);
    }
  }
}
