package dev.assay.core.model;

import java.util.Objects;

/**
 * A judge's verdict comparing the outputs of two models on one item, in AlpacaEval's convention:
 * {@code preference} in [1, 2], 1 = model A's output preferred, 2 = model B's, 1.5 = a draw, and
 * {@code NaN} when the judge gave no usable verdict (kept, never dropped).
 *
 * <pre>{@code
 * Judgment j = new Judgment("q17", "gpt4_turbo_judge", "baseline", "mine", 1.83, null);
 * j.winner();  // "b"
 * }</pre>
 *
 * @param itemId the item (instruction) judged
 * @param judge the annotator: a judge configuration name or a human rater id
 * @param modelA the model of the first output (AlpacaEval's {@code generator_1}, the baseline)
 * @param modelB the model of the second output ({@code generator_2})
 * @param preference the verdict in [1, 2], or NaN when missing
 * @param rationale the judge's explanation or raw completion, if kept
 */
public record Judgment(
    String itemId, String judge, String modelA, String modelB, double preference, String rationale) {

  public Judgment {
    Objects.requireNonNull(itemId, "itemId");
    if (!Double.isNaN(preference) && (preference < 1.0 || preference > 2.0)) {
      throw new IllegalArgumentException(
          "preference: expected a number in [1, 2] or NaN, found " + preference);
    }
  }

  /** {@code "a"}, {@code "b"}, {@code "tie"} (exactly 1.5) or {@code null} when missing. */
  public String winner() {
    if (Double.isNaN(preference)) {
      return null;
    }
    return preference < 1.5 ? "a" : preference > 1.5 ? "b" : "tie";
  }
}
