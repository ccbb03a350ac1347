package dev.assay.eval.benchmark.mtbench;

import java.util.Objects;

/**
 * A pairwise MT-Bench judgment of two models' answers to one turn, judged in both orders (FastChat's
 * {@code g1_winner} with model 1 shown first, {@code g2_winner} with the positions swapped, both
 * already expressed in terms of model 1 and model 2).
 *
 * <pre>{@code
 * PairwiseVerdict v = new PairwiseVerdict("81", "mine", "gpt-3.5-turbo", 1, Winner.MODEL_1, Winner.MODEL_2, "gpt-4/pair-v2");
 * v.outcome();   // TIE: the two orders disagree (FastChat's rule)
 * }</pre>
 *
 * @param questionId the question
 * @param model1 the first model
 * @param model2 the second model
 * @param turn the turn judged, 1-based
 * @param g1 the verdict with model 1's answer shown first
 * @param g2 the verdict with the positions swapped; {@code null} when judged in one order only
 * @param judge the judge, for provenance
 */
public record PairwiseVerdict(
    String questionId, String model1, String model2, int turn, Winner g1, Winner g2, String judge) {
  /** One order's verdict. */
  public enum Winner {
    MODEL_1,
    MODEL_2,
    TIE,
    /** The judge's reply could not be parsed. */
    ERROR;

    /** Parses FastChat's {@code model_1}, {@code model_2}, {@code tie}, {@code error} (also a, b). */
    public static Winner parse(String s) {
      return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "model_1", "a", "1" -> MODEL_1;
        case "model_2", "b", "2" -> MODEL_2;
        case "tie", "draw", "c" -> TIE;
        case "error" -> ERROR;
        default -> null;
      };
    }
  }

  /** Validates. */
  public PairwiseVerdict {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(model1, "model1");
    Objects.requireNonNull(model2, "model2");
    Objects.requireNonNull(g1, "g1");
    if (model1.equals(model2)) {
      throw new IllegalArgumentException("model2: expected a model other than model1, found " + model2);
    }
    if (turn < 1) {
      throw new IllegalArgumentException("turn: expected 1 or more, found " + turn);
    }
  }

  /** True when either order failed to parse (FastChat drops such rows; we count them). */
  public boolean error() {
    return g1 == Winner.ERROR || g2 == Winner.ERROR;
  }

  /**
   * FastChat's rule ({@code show_result.display_result_pairwise}): a tie unless both orders name
   * the same winner. {@code ERROR} when either order failed.
   */
  public Winner outcome() {
    if (error()) {
      return Winner.ERROR;
    }
    Winner second = g2 == null ? g1 : g2;
    return g1 == Winner.TIE || g1 != second ? Winner.TIE : g1;
  }
}
