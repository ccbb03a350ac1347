package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * One row of {@code pairs.jsonl}: an instruction and two answers to compare, the input of pairwise
 * judging. {@code assay pair} writes it (the model as {@code a}, the reference as {@code b});
 * {@code judge} reads it. A multi-turn item (MT-Bench) gives one row per turn, a later turn
 * carrying the conversation so far. Fields other than these travel through unchanged in
 * {@link #extra()} (a source file ...).
 *
 * <pre>{@code
 * PairRow p = PairRow.single("mine/12", "12", "Name a prime.", "7", "8", "mine", "gpt-4");
 * RunFileKind.PAIRS.contract(PairRow.class).writeRows(out.resolve("pairs.jsonl"), List.of(p));
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairRow(
    @Doc(value = "unique in the file (pair writes <model_a>/<item_id>)", types = {"string", "integer"}) JsonNode id,
    @Doc(value = "the item both answers answer, shared by every model's pair on it; a later MT-Bench turn is <question_id>#<turn>",
        required = false) String itemId,
    @Doc("the instruction (for a later turn: that turn's user message)") String instruction,
    @Doc("the first answer, written by model_a (for AlpacaEval-style runs: the model being evaluated)") String outputA,
    @Doc("the second answer, written by model_b (for AlpacaEval-style runs: the reference)") String outputB,
    @Doc(value = "who wrote output_a", required = false) String modelA,
    @Doc(value = "who wrote output_b", required = false) String modelB,
    @Doc(value = "a reference answer for reference-guided judges", required = false) String reference,
    @Doc(value = "the MT-Bench question id", required = false) String questionId,
    @Doc(value = "the turn (1-based) of a multi-turn item", required = false) Integer turn,
    @Doc(value = "the item's category", required = false) String category,
    @Doc(value = "for a turn after the first: the user turns up to it", required = false)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> turns,
    @Doc(value = "for a turn after the first: model_a's answers up to it", required = false)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> outputsA,
    @Doc(value = "for a turn after the first: model_b's answers up to it", required = false)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> outputsB,
    @Doc(value = "any other field of the input row, kept as it was", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies the lists and extras; a conversation needs one answer per turn on each side. */
  public PairRow {
    turns = turns == null ? List.of() : List.copyOf(turns);
    outputsA = outputsA == null ? List.of() : List.copyOf(outputsA);
    outputsB = outputsB == null ? List.of() : List.copyOf(outputsB);
    if (outputsA.size() != turns.size() || outputsB.size() != turns.size()) {
      throw new IllegalArgumentException("pair '" + (id == null ? "?" : id.asString()) + "': expected one answer per turn on each side");
    }
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }

  /** A single-turn pair with nothing else. */
  public static PairRow single(String id, String itemId, String instruction, String outputA, String outputB, String modelA,
      String modelB) {
    return new PairRow(StringNode.valueOf(id), itemId, instruction, outputA, outputB, modelA, modelB, null, null, null, null,
        List.of(), List.of(), List.of(), Map.of());
  }
}
