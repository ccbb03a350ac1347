package dev.assay.core.format;

import dev.assay.core.model.Judgment;
import tools.jackson.databind.JsonNode;

/**
 * A format whose records are pairwise {@link Judgment}s.
 *
 * <pre>{@code
 * Judgment j = new AlpacaEvalAnnotationFormat().toJudgment(node, "annotations.json:12");
 * }</pre>
 */
public interface JudgmentFormat extends RecordFormat {
  /** Maps one record; {@code where} prefixes errors and is the id when the record has none. */
  Judgment toJudgment(JsonNode node, String where);
}
