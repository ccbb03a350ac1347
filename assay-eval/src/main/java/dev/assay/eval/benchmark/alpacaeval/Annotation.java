package dev.assay.eval.benchmark.alpacaeval;

import java.util.Objects;

/**
 * One AlpacaEval annotation, reduced to what the leaderboard needs: the instruction (to align models
 * on the same instructions), the judge's preference and the lengths of the two outputs.
 *
 * <pre>{@code
 * Annotation a = new Annotation("Write a haiku", 1.83, 412, 388, "annotations.json:7");
 * a.valid();  // true: 1.83 is in [1, 2]
 * }</pre>
 *
 * @param instruction the instruction text
 * @param preference AlpacaEval's raw preference: in [1, 2] (2 = the model's {@code output_2}
 *     preferred), 0 for the old encoding of a draw, {@code NaN} when the record had none (null or
 *     missing); any other number is kept as given and counted as dropped, as AlpacaEval does
 * @param length1 length of the baseline's {@code output_1} in code points (Python's {@code len})
 * @param length2 length of the model's {@code output_2} in code points
 * @param location {@code file:line} of the record, for messages
 */
public record Annotation(String instruction, double preference, long length1, long length2, String location) {
  /** Validates. */
  public Annotation {
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(location, "location");
    if (length1 < 0 || length2 < 0) {
      throw new IllegalArgumentException(
          location + ": lengths: expected non-negative lengths, found " + length1 + ", " + length2);
    }
  }

  /** True when AlpacaEval counts this preference: in [1, 2], or 0 (a draw). */
  public boolean valid() {
    return preference == 0 || (preference >= 1 && preference <= 2);
  }

  /** The preference as the length-controlled GLM reads it: valid ones as given, others {@code NaN}. */
  public double glmPreference() {
    return valid() ? preference : Double.NaN;
  }
}
