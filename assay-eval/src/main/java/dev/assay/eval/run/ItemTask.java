package dev.assay.eval.run;

import dev.assay.models.llm.ModelCallException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work a {@link ResumableRun} does for one input row: check that the row is usable, then
 * produce its result line. Implementations are called from many virtual threads at once.
 *
 * <pre>{@code
 * ItemTask judgeTask = new ItemTask() {
 *   public List<String> problems(JsonNode row) { return Fields.require(row, "instruction"); }
 *   public ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException {
 *     return judge.judge(row, model).toJson();
 *   }
 * };
 * }</pre>
 */
public interface ItemTask {

  /**
   * Why this row cannot be run (each a sentence naming the field, what was expected and what
   * was found), or an empty list when it can. Rows with problems are quarantined, never run.
   */
  List<String> problems(JsonNode row);

  /**
   * Runs the item. The returned object becomes the row's result line; the run adds the row's
   * {@code id}.
   *
   * @throws ModelCallException when a model call failed after its retries: the row is reported
   *     in {@code errors.jsonl} and runs again next time; a {@code BUDGET} failure stops the run
   */
  ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException;
}
