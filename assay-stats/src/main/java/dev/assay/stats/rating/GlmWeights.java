package dev.assay.stats.rating;

import dev.assay.stats.math.Logistic;

/**
 * The three weights of AlpacaEval's {@code length_controlled_v1} GLM for one model against the
 * baseline, named after the columns of AlpacaEval's weights file ({@code
 * metrics/weights/<annotator>/length_controlled_v1/baseline_<baseline>.csv}).
 *
 * <p>The model's predicted preference for instruction {@code i} is {@code sigmoid(length *
 * tanh(std_delta_len_i) + difficulty * d_i + model)}, where {@code std_delta_len} is the
 * baseline's output length minus the model's, divided by its standard deviation; so a longer model
 * output raises the preference when {@code length} is negative, as it is on the leaderboard.
 *
 * <pre>{@code
 * GlmWeights w = new GlmWeights(-1.8368, 1.0170, -3.0119);  // wizardlm-13b, published
 * double p = w.predict(0.0, 0.4);                           // no length difference, d = 0.4
 * }</pre>
 *
 * @param length weight of {@code np.tanh(std_delta_len)}
 * @param difficulty weight of {@code instruction_difficulty}
 * @param model weight of {@code not_gamed_baseline.astype(float)}: the model's own term
 */
public record GlmWeights(double length, double difficulty, double model) {
  /** Column names of AlpacaEval's weights file, in this record's order. */
  public static final java.util.List<String> ALPACA_EVAL_COLUMNS =
      java.util.List.of(
          "np.tanh(std_delta_len)", "instruction_difficulty", "not_gamed_baseline.astype(float)");

  /** All weights zero: the baseline against itself. */
  public static final GlmWeights ZERO = new GlmWeights(0, 0, 0);

  /** Validates that every weight is finite. */
  public GlmWeights {
    if (!Double.isFinite(length) || !Double.isFinite(difficulty) || !Double.isFinite(model)) {
      throw new IllegalArgumentException(
          "weights: expected finite numbers, found " + length + ", " + difficulty + ", " + model);
    }
  }

  /**
   * The predicted probability that the model's output is preferred.
   *
   * @param lengthFeature {@code tanh(std_delta_len)}; 0 for the length-controlled prediction
   * @param instructionDifficulty the instruction's difficulty
   */
  public double predict(double lengthFeature, double instructionDifficulty) {
    return Logistic.sigmoid(
        length * lengthFeature + difficulty * instructionDifficulty + model);
  }
}
