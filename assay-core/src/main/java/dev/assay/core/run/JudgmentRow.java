package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One row of a {@code judge} run's {@code judgments.jsonl}. Pairwise rows carry {@code winner},
 * {@code preference}, {@code outcome} and one {@link Order} per presentation order; single-answer
 * rows carry {@code score} (or {@code overall} and {@code criteria} for rubrics). The input row's
 * other fields ({@code model_a}, {@code category}, {@code turn} ...) travel in {@link #extra()}.
 *
 * <pre>{@code
 * for (JudgmentRow r : RunFileKind.JUDGMENTS.contract(JudgmentRow.class).readRows(file))
 *   if (r.mode() == JudgeMode.PAIRWISE && r.outcome() == JudgmentOutcome.INCONSISTENT) flips++;
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record JudgmentRow(
    @Doc(value = "the judged item's id", types = {"string", "integer"}) JsonNode id,
    @Doc(value = "who wrote output_a (pairwise)", required = false) String modelA,
    @Doc(value = "who wrote output_b (pairwise)", required = false) String modelB,
    @Doc(value = "the preferred answer in the pair's terms; null when the judge gave none", required = false) Winner winner,
    @Doc(value = "AlpacaEval preference in [1, 2]: 1 = a, 2 = b, 1.5 tie; null when none", required = false) Double preference,
    @Doc(value = "how the two presentation orders combined (pairwise)", required = false) JudgmentOutcome outcome,
    @Doc("how the verdict or grade was read") VerdictStatus status,
    @Doc("the judge's name and variant") String judge,
    @Doc(value = "the judge's first reply with a shown first", required = false) String verdictAb,
    @Doc(value = "what the a-first order concluded", required = false) Order orderAb,
    @Doc(value = "the judge's first reply with b shown first", required = false) String verdictBa,
    @Doc(value = "what the b-first order concluded, in the pair's terms", required = false) Order orderBa,
    @Doc(value = "model replies this row cost", required = false) Integer replies,
    @Doc(value = "prompt tokens this row cost", required = false) Long inputTokens,
    @Doc(value = "completion tokens this row cost", required = false) Long outputTokens,
    @Doc(value = "the grade (single-answer judges); null when unreadable", required = false) Double score,
    @Doc(value = "how the grade was read (marker, logprob-weighted ...)", required = false) String method,
    @Doc(value = "the judge's raw replies for the grade", required = false) List<String> raw,
    @Doc(value = "notes from reading the replies", required = false) List<String> notes,
    @Doc(value = "share of self-consistency samples agreeing with the result", required = false) Double agreement,
    @Doc(value = "the rubric's name (rubric judges)", required = false) String rubric,
    @Doc(value = "the rubric's overall score", required = false) Double overall,
    @Doc(value = "one grade per rubric criterion", required = false) Map<String, Grade> criteria,
    @Doc(value = "the item's category, when the input had one", required = false) String category,
    @Doc(value = "any other field of the input row, kept as it was", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies the collections. */
  public JudgmentRow {
    raw = raw == null ? null : List.copyOf(raw);
    notes = notes == null ? null : List.copyOf(notes);
    criteria = criteria == null ? null : Map.copyOf(criteria);
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }

  /** Pairwise when the row carries a pairwise outcome, else single. */
  @JsonIgnore
  public JudgeMode mode() {
    return outcome != null || winner != null || verdictAb != null || verdictBa != null ? JudgeMode.PAIRWISE : JudgeMode.SINGLE;
  }

  /**
   * What one presentation order concluded.
   *
   * @param verdict a, b or tie in the pair's terms, or null
   * @param status how it was read
   * @param rules which reading rules fired
   * @param notes remarks from reading
   * @param samples self-consistency replies, when more than one
   * @param agreement share of samples agreeing, when more than one
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Order(
      @Doc(value = "a, b or tie in the pair's terms; null when unreadable", required = false) Winner verdict,
      @Doc("how it was read") VerdictStatus status,
      @Doc("which reading rules fired") List<String> rules,
      @Doc("remarks from reading") List<String> notes,
      @Doc(value = "self-consistency replies, when more than one", required = false) List<String> samples,
      @Doc(value = "share of samples agreeing, when more than one", required = false) Double agreement) {}

  /**
   * One grade (a single-answer score or a rubric criterion).
   *
   * @param score the score, or null when unreadable
   * @param status how it was read
   * @param method how the number was obtained
   * @param raw the replies
   * @param notes remarks
   * @param agreement share of samples agreeing
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Grade(
      @Doc(value = "the score; null when unreadable", required = false) Double score,
      @Doc("how it was read") VerdictStatus status,
      @Doc("how the number was obtained") String method,
      @Doc("the replies") List<String> raw,
      @Doc(value = "remarks", required = false) List<String> notes,
      @Doc(value = "share of samples agreeing", required = false) Double agreement) {}
}
