package dev.assay.core.format;

import dev.assay.core.model.Sample;
import tools.jackson.databind.JsonNode;

/**
 * A format whose records are {@link Sample}s.
 *
 * <pre>{@code
 * Sample s = new AlpacaFormat().toSample(node, "train.jsonl:3");
 * }</pre>
 */
public interface SampleFormat extends RecordFormat {
  /**
   * Maps one record. {@code where} ({@code file:line}) prefixes error messages and is the id when
   * the record has none.
   */
  Sample toSample(JsonNode node, String where);
}
