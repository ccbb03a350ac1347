package dev.assay.eval.pair;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of {@code pairs.jsonl}: a model's answer ({@code a}) and the reference model's
 * ({@code b}) to the same item, what {@code assay judge --mode pairwise} reads.
 *
 * <pre>{@code
 * PairRow r = new PairRow("mine/12", "12", "Name a prime.", "7", "8", "mine", "gpt-4", null, null, null,
 *     List.of(), List.of(), List.of());
 * r.toJson();   // {"id": "mine/12", "item_id": "12", "instruction": ..., "output_a": "7", ...}
 * }</pre>
 *
 * @param id unique in the file: {@code <model_a>/<item_id>}
 * @param itemId the item both answers answer (shared by every model's pair on it); for a later
 *     MT-Bench turn {@code <question_id>#<turn>}
 * @param instruction the (last) user turn
 * @param outputA the model's answer to it
 * @param outputB the reference's answer to it
 * @param modelA the model
 * @param modelB the reference model
 * @param questionId the MT-Bench question id, or null
 * @param turn the turn (1-based) of a multi-turn item, or null for a single-turn one
 * @param category the item's category, or null
 * @param turns for a turn after the first: the user turns up to it (else empty)
 * @param outputsA the model's answers up to it (else empty)
 * @param outputsB the reference's answers up to it (else empty)
 */
public record PairRow(
    String id, String itemId, String instruction, String outputA, String outputB, String modelA, String modelB,
    String questionId, Integer turn, String category, List<String> turns, List<String> outputsA,
    List<String> outputsB) {

  /** Validates and copies. */
  public PairRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(outputA, "outputA");
    Objects.requireNonNull(outputB, "outputB");
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    turns = List.copyOf(turns);
    outputsA = List.copyOf(outputsA);
    outputsB = List.copyOf(outputsB);
    if (outputsA.size() != turns.size() || outputsB.size() != turns.size()) {
      throw new IllegalArgumentException("pair '" + id + "': expected one answer per turn on each side");
    }
  }

  /** The JSON line. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", id);
    o.put("item_id", itemId);
    o.put("instruction", instruction);
    o.put("output_a", outputA);
    o.put("output_b", outputB);
    o.put("model_a", modelA);
    o.put("model_b", modelB);
    if (questionId != null) {
      o.put("question_id", questionId);
    }
    if (turn != null) {
      o.put("turn", turn);
    }
    if (category != null) {
      o.put("category", category);
    }
    if (!turns.isEmpty()) {
      strings(o.putArray("turns"), turns);
      strings(o.putArray("outputs_a"), outputsA);
      strings(o.putArray("outputs_b"), outputsB);
    }
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
