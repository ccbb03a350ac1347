package dev.assay.eval.leaderboard;

import java.util.Objects;

/**
 * One pairwise judgment as the leaderboard reads it: which two models, the judge's verdict, and
 * what else is known about the row. All verdicts are in the pair's own terms (A = {@code model_a}).
 *
 * <pre>{@code
 * PairwiseJudgmentRow r = new PairwiseJudgmentRow("q1", "mine", "base", 1.0, Choice.A, Choice.A, Choice.B, 812L, 640L, "j.jsonl:1");
 * r.choice();   // A
 * }</pre>
 *
 * @param id the item (instruction) id: {@code item_id}, {@code question_id} or {@code id}; the same
 *     id across models means the same instruction
 * @param modelA the first model
 * @param modelB the second model
 * @param preference the judge's verdict as an AlpacaEval preference in [1, 2] (1 = A, 2 = B, 1.5
 *     tie, soft values allowed), or {@code NaN} when the judge gave none
 * @param human a human's label, or {@code null}
 * @param orderAb the judge's verdict with A shown first, or {@code null}
 * @param orderBa the judge's verdict with B shown first, converted to the pair's terms, or {@code null}
 * @param lengthA length of A's output in code points, or {@code null}
 * @param lengthB length of B's output in code points, or {@code null}
 * @param location {@code file:line}
 */
public record PairwiseJudgmentRow(
    String id,
    String modelA,
    String modelB,
    double preference,
    Choice human,
    Choice orderAb,
    Choice orderBa,
    Long lengthA,
    Long lengthB,
    String location) {
  /** Validates. */
  public PairwiseJudgmentRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    Objects.requireNonNull(location, "location");
    if (!Double.isNaN(preference) && !(preference >= 1 && preference <= 2)) {
      throw new IllegalArgumentException(location + ": preference: expected a number in [1, 2], found " + preference);
    }
  }

  /** True when the judge gave a verdict. */
  public boolean judged() {
    return !Double.isNaN(preference);
  }

  /** The verdict rounded to A, B or a tie, or {@code null} when not judged. */
  public Choice choice() {
    return judged() ? Choice.ofPreference(preference) : null;
  }

  /** True when both orders' verdicts are known. */
  public boolean bothOrders() {
    return orderAb != null && orderBa != null;
  }

  /** True when both output lengths are known. */
  public boolean hasLengths() {
    return lengthA != null && lengthB != null;
  }

  /** True when {@code model} is one of the two. */
  public boolean involves(String model) {
    return modelA.equals(model) || modelB.equals(model);
  }
}
