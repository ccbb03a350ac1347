package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import tools.jackson.databind.JsonNode;

/**
 * Writes records to a Parquet file through embedded DuckDB: records stream to a temporary JSON
 * Lines file next to the target, and {@link #close()} converts it with DuckDB's {@code COPY ...
 * (FORMAT parquet)}, inferring column types from the data. Memory stays flat; disk holds one extra
 * copy until close.
 *
 * <pre>{@code
 * try (ParquetWriter out = new ParquetWriter(Path.of("clean.parquet"))) { out.write(node); }
 * }</pre>
 */
public final class ParquetWriter implements DatasetWriter {
  private final Path path;
  private final Path staging;
  private final JsonlWriter lines;

  public ParquetWriter(Path path) {
    this.path = path;
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      this.staging = Files.createTempFile(dir, ".assay-", ".jsonl");
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot write: " + e.getMessage(), e);
    }
    this.lines = new JsonlWriter(staging);
  }

  @Override
  public void write(JsonNode record) {
    lines.write(record);
  }

  @Override
  public void writeRaw(byte[] json) {
    lines.writeRaw(json);
  }

  @Override
  public long count() {
    return lines.count();
  }

  @Override
  public void close() {
    lines.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      String src = staging.toAbsolutePath().toString().replace("'", "''");
      boolean gz = path.getFileName().toString().endsWith(".gz");
      Path target = gz ? staging.resolveSibling(staging.getFileName() + ".parquet") : path;
      String dst = target.toAbsolutePath().toString().replace("'", "''");
      String select =
          lines.count() == 0
              ? "SELECT NULL::VARCHAR AS empty WHERE false"
              : "SELECT * FROM read_json('" + src + "', format='newline_delimited',"
                  + " sample_size=-1)";
      try (PreparedStatement ps =
          c.prepareStatement("COPY (" + select + ") TO '" + dst + "' (FORMAT parquet)")) {
        ps.execute();
      }
      if (gz) {
        try (java.io.OutputStream out = OutputFiles.create(path)) {
          Files.copy(target, out);
        } finally {
          Files.deleteIfExists(target);
        }
      }
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot write Parquet: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new AssayInputException(path + ": cannot write Parquet: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
