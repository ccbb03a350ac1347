package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code pairs.jsonl}: an instruction and two answers to compare, the input of pairwise
 * judging. {@code assay pair} writes it; {@code judge} reads it. Fields other than these travel
 * through unchanged in {@link #extra()} (a source file, a turn number ...).
 *
 * <pre>{@code
 * PairRow p = new PairRow(IntNode.valueOf(81), "Write a haiku", "mine", "theirs", "model-x", "gpt-4", null, Map.of());
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairRow(
    @Doc(value = "the item id; the same id in two models' files means the same instruction", types = {"string", "integer"})
        JsonNode id,
    @Doc("the instruction (the first user turn)") String instruction,
    @Doc("the first answer, written by model_a (for AlpacaEval-style runs: the model being evaluated)") String outputA,
    @Doc("the second answer, written by model_b (for AlpacaEval-style runs: the reference)") String outputB,
    @Doc(value = "who wrote output_a", required = false) String modelA,
    @Doc(value = "who wrote output_b", required = false) String modelB,
    @Doc(value = "a reference answer for reference-guided judges", required = false) String reference,
    @Doc(value = "any other field of the input row, kept as it was", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies the extras. */
  public PairRow {
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }
}
