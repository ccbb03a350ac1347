package dev.assay.eval.benchmark.mtbench;

import java.util.Objects;

/**
 * A judge's grade of one model's answer to one turn of a question (MT-Bench single-answer grading,
 * 1 to 10). This is the record a single-grade judge's results map into; FastChat's {@code
 * model_judgment/<judge>_single.jsonl} lines read into it with {@link MtBenchJudgments}.
 *
 * <pre>{@code
 * GradedAnswer g = new GradedAnswer("81", "my-model", 1, 8.0, "gpt-4/single-v1", null);
 * GradedAnswer failed = new GradedAnswer("82", "my-model", 2, Double.NaN, "gpt-4/single-v1-multi-turn", "no [[rating]]");
 * failed.graded();   // false: kept and counted, never averaged
 * }</pre>
 *
 * @param questionId the question's id
 * @param model the model whose answer was graded
 * @param turn the turn graded, 1-based
 * @param score the grade, or {@code NaN} when the judge gave none (FastChat writes -1)
 * @param judge the judge (model and prompt), for provenance
 * @param note the judge's explanation or the parse error, or {@code null}
 */
public record GradedAnswer(String questionId, String model, int turn, double score, String judge, String note) {
  /** Validates. */
  public GradedAnswer {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(model, "model");
    if (turn < 1) {
      throw new IllegalArgumentException("turn: expected 1 or more, found " + turn);
    }
    if (Double.isInfinite(score)) {
      throw new IllegalArgumentException("score: expected a finite number or NaN, found " + score);
    }
  }

  /** True when the judge gave a grade. */
  public boolean graded() {
    return !Double.isNaN(score);
  }
}
