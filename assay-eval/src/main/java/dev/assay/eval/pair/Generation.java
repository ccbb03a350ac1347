package dev.assay.eval.pair;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.Fields;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One model's answer to one eval-set item, read from a line of {@code assay generate}'s {@code
 * outputs.jsonl} or an AlpacaEval {@code model_outputs} file: the join key, the user turns and the
 * answer per turn.
 *
 * <p>The key is {@code question_id} when the line has one (MT-Bench), else the {@code
 * instruction} text (AlpacaEval, whose files are joined by instruction), else the last user
 * message of {@code messages}, else {@code id}. The model is {@code generator}, else {@code
 * model_id}, else the file's fallback name.
 *
 * <pre>{@code
 * Generation g = Generation.of(line, "out/gen/outputs.jsonl:4", "outputs");
 * g.key();   // "81" for MT-Bench question 81
 * }</pre>
 *
 * @param key the join key
 * @param itemId the item's id as the pairs file names it ({@code question_id}, else {@code id},
 *     else the key)
 * @param questionId MT-Bench's question id, or null
 * @param model who wrote the answer
 * @param turns user turns (one for an instruction)
 * @param outputs the answer per turn
 * @param category the item's category, or null
 * @param where {@code file:line}
 */
public record Generation(
    String key, String itemId, String questionId, String model, List<String> turns, List<String> outputs,
    String category, String where) {

  /** Copies. */
  public Generation {
    turns = List.copyOf(turns);
    outputs = List.copyOf(outputs);
  }

  /** Reads one line; a line that is not an answer is an error naming {@code where} and the field. */
  public static Generation of(JsonNode v, String where, String fallbackModel) {
    if (!v.isObject()) {
      throw new AssayInputException(where + ": expected a JSON object, found " + Fields.describe(v));
    }
    String model = v.hasNonNull("generator") ? Fields.string(v, "generator", where)
        : v.hasNonNull("model_id") ? Fields.string(v, "model_id", where) : fallbackModel;
    String category = v.hasNonNull("category") ? v.get("category").asString() : null;
    String qid = v.hasNonNull("question_id") ? v.get("question_id").asString() : null;
    String id = v.hasNonNull("id") ? v.get("id").asString() : null;
    if (v.has("turns") && v.has("outputs")) {
      List<String> turns = strings(v, "turns", where);
      List<String> outputs = strings(v, "outputs", where);
      if (turns.size() != outputs.size()) {
        throw new AssayInputException(where + ": field 'outputs': expected one answer per turn (" + turns.size()
            + "), found " + outputs.size());
      }
      String key = qid != null ? qid : id;
      if (key == null) {
        throw new AssayInputException(where + ": field 'question_id': expected the question's id (or 'id'), found nothing");
      }
      return new Generation(key, key, qid, model, turns, outputs, category, where);
    }
    String output = Fields.string(v, "output", where);
    String instruction;
    if (v.hasNonNull("instruction")) {
      instruction = Fields.string(v, "instruction", where);
      if (v.path("input").isString() && !v.get("input").stringValue().isBlank()) {
        instruction = instruction + "\n\n" + v.get("input").stringValue();
      }
    } else if (v.path("messages").isArray() && !v.get("messages").isEmpty()) {
      instruction = lastUser(v.get("messages"), where);
    } else {
      throw new AssayInputException(where + ": expected 'instruction', 'messages' or MT-Bench 'turns' with"
          + " 'outputs' beside 'output', found none of them");
    }
    String key = qid != null ? qid : instruction;
    String item = qid != null ? qid : id != null ? id : key;
    return new Generation(key, item, qid, model, List.of(instruction), List.of(output), category, where);
  }

  private static String lastUser(JsonNode messages, String where) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode m = messages.get(i);
      if ("user".equals(m.path("role").asString("")) && m.path("content").isString()) {
        return m.get("content").stringValue();
      }
    }
    throw new AssayInputException(where + ": field 'messages': expected a user message, found none");
  }

  private static List<String> strings(JsonNode v, String field, String where) {
    JsonNode a = v.get(field);
    if (a == null || !a.isArray() || a.isEmpty()) {
      throw new AssayInputException(where + ": field '" + field + "': expected a non-empty list of strings, found "
          + Fields.describe(a));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isString()) {
        throw new AssayInputException(where + ": field '" + field + "[" + i + "]': expected a string, found "
            + Fields.describe(a.get(i)));
      }
      out.add(a.get(i).stringValue());
    }
    return out;
  }
}
