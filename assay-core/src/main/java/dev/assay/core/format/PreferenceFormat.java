package dev.assay.core.format;

import dev.assay.core.model.PreferencePair;
import tools.jackson.databind.JsonNode;

/**
 * A format whose records are {@link PreferencePair}s.
 *
 * <pre>{@code
 * PreferencePair p = new HhRlhfFormat().toPair(node, "test.jsonl:9");
 * }</pre>
 */
public interface PreferenceFormat extends RecordFormat {
  /** Maps one record; {@code where} prefixes errors and is the id when the record has none. */
  PreferencePair toPair(JsonNode node, String where);
}
