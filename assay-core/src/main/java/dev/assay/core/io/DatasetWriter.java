package dev.assay.core.io;

import tools.jackson.databind.JsonNode;

/**
 * Writes records to a data set, streaming. {@link #writeRaw(byte[])} keeps a JSON record's
 * original bytes where the format allows it (JSON Lines), so "valid" outputs are byte-identical to
 * their input lines.
 *
 * <pre>{@code
 * try (DatasetWriter out = Datasets.create(Path.of("clean.jsonl.gz"))) { out.write(node); }
 * }</pre>
 */
public interface DatasetWriter extends AutoCloseable {

  /** Writes one record. */
  void write(JsonNode record);

  /** Writes one record given as its original JSON bytes; formats that re-encode parse it first. */
  default void writeRaw(byte[] json) {
    write(Json.MAPPER.readTree(json));
  }

  /** Records written so far. */
  long count();

  @Override
  void close();
}
