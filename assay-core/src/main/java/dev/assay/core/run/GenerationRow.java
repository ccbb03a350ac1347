package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One row of a {@code generate} run's {@code outputs.jsonl}: the eval-set item as it was read (its
 * fields kept in {@link #extra()} when not named here) plus what the model answered. For MT-Bench's
 * two-turn questions {@code turns} holds the user turns and {@code outputs} one answer per turn;
 * {@code output} is always the last answer.
 *
 * <pre>{@code
 * GenerationRow g = RunFileKind.GENERATIONS.contract(GenerationRow.class).readRows(dir.resolve("outputs.jsonl")).get(0);
 * g.answers();   // ["turn 1 answer", "turn 2 answer"]
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationRow(
    @Doc(value = "the eval-set item id (question_id for MT-Bench)", types = {"string", "integer"}) JsonNode id,
    @Doc(value = "the instruction, for single-turn sets", required = false) String instruction,
    @Doc(value = "the user turns, for multi-turn sets such as MT-Bench", required = false) List<String> turns,
    @Doc(value = "the item's category (MT-Bench: writing, math, coding ...)", required = false) String category,
    @Doc("the model's (last) answer") String output,
    @Doc(value = "one answer per turn, for multi-turn sets", required = false) List<String> outputs,
    @Doc("the generator's name (model id or the name given with --name)") String generator,
    @Doc(value = "why the model stopped (stop, length ...)", required = false) String finishReason,
    @Doc("true when any answer was cut off by the token limit") boolean truncated,
    @Doc("prompt tokens over all turns") long inputTokens,
    @Doc("completion tokens over all turns") long outputTokens,
    @Doc("true when every answer came from the response cache") boolean cached,
    @Doc(value = "any other field of the eval-set row, kept as it was", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies the lists and extras. */
  public GenerationRow {
    turns = turns == null ? null : List.copyOf(turns);
    outputs = outputs == null ? null : List.copyOf(outputs);
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }

  /** The answers, one per turn (a single-turn row has one). */
  public List<String> answers() {
    return outputs != null && !outputs.isEmpty() ? outputs : List.of(output);
  }

  /** The user turns (a single-turn row has its instruction). */
  public List<String> prompts() {
    return turns != null && !turns.isEmpty() ? turns : instruction == null ? List.of() : List.of(instruction);
  }
}
