package dev.assay.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Writes JSON Lines, one compact record per line ({@code \n}-terminated), gzipped for {@code .gz}.
 * {@link #writeRaw(byte[])} copies a record's bytes unchanged.
 *
 * <pre>{@code
 * try (JsonlWriter out = new JsonlWriter(Path.of("valid.jsonl"))) { out.writeRaw(line); }
 * }</pre>
 */
public final class JsonlWriter implements DatasetWriter {
  private final Path path;
  private final OutputStream out;
  private long count;

  public JsonlWriter(Path path) {
    this.path = path;
    this.out = OutputFiles.create(path);
  }

  @Override
  public void write(JsonNode record) {
    writeRaw(Json.MAPPER.writeValueAsBytes(record));
  }

  @Override
  public void writeRaw(byte[] json) {
    try {
      out.write(json);
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write: " + e.getMessage(), e);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot close: " + e.getMessage(), e);
    }
  }
}
