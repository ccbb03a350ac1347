package dev.assay.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON array of records, one element per line, streaming (the array is opened on creation
 * and closed by {@link #close()}).
 *
 * <pre>{@code
 * try (JsonArrayWriter out = new JsonArrayWriter(Path.of("annotations.json.gz"))) { out.write(node); }
 * }</pre>
 */
public final class JsonArrayWriter implements DatasetWriter {
  private final Path path;
  private final OutputStream out;
  private long count;

  public JsonArrayWriter(Path path) {
    this.path = path;
    this.out = OutputFiles.create(path);
    put(new byte[] {'['});
  }

  @Override
  public void write(JsonNode record) {
    put(count == 0 ? new byte[] {'\n'} : new byte[] {',', '\n'});
    put(Json.MAPPER.writeValueAsBytes(record));
    count++;
  }

  private void put(byte[] b) {
    try {
      out.write(b);
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
    put(new byte[] {'\n', ']', '\n'});
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot close: " + e.getMessage(), e);
    }
  }
}
