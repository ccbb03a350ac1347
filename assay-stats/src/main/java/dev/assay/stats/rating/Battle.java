package dev.assay.stats.rating;

import java.util.Objects;

/**
 * One battle: two models and who won.
 *
 * <pre>{@code
 * Battle b = new Battle("gpt-4", "llama-2-70b", BattleOutcome.MODEL_A);
 * }</pre>
 *
 * @param modelA the first model (FastChat's {@code model_a})
 * @param modelB the second model (FastChat's {@code model_b}); must differ from {@code modelA}
 * @param outcome who won
 */
public record Battle(String modelA, String modelB, BattleOutcome outcome) {
  /** Validates the battle. */
  public Battle {
    Objects.requireNonNull(modelA, "modelA");
    Objects.requireNonNull(modelB, "modelB");
    Objects.requireNonNull(outcome, "outcome");
    if (modelA.equals(modelB)) {
      throw new IllegalArgumentException(
          "battle: model_a and model_b must differ, both are '" + modelA + "'");
    }
  }
}
