package dev.assay.eval.run;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Turns one parsed input record into the rows a {@link ResumableRun} runs: the record itself,
 * the record in another shape (an hh-rlhf pair as a judge's pair row), or several rows (an
 * MT-Bench answer graded turn by turn). A record that cannot be turned into rows throws {@link
 * dev.assay.core.AssayInputException} and is quarantined with that message. Called in reading
 * order on one thread, so an adapter may number what it has seen.
 *
 * <pre>{@code
 * RowAdapter a = (record, where) -> List.of(record);   // what IDENTITY does
 * }</pre>
 */
@FunctionalInterface
public interface RowAdapter {
  /** Every record as it is. */
  RowAdapter IDENTITY = (record, where) -> List.of(record);

  /**
   * The rows of one record.
   *
   * @param record a parsed JSON object
   * @param where its {@code file:line}, for error messages
   */
  List<JsonNode> rows(JsonNode record, String where);
}
