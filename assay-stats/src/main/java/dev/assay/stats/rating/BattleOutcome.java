package dev.assay.stats.rating;

import java.util.Locale;
import java.util.Optional;

/**
 * The result of one battle between {@code model_a} and {@code model_b}, as in FastChat's
 * Chatbot Arena battle logs.
 *
 * <pre>{@code
 * BattleOutcome.parse("tie (bothbad)");   // Optional[TIE]
 * BattleOutcome.MODEL_A.scoreForA();     // 1.0
 * }</pre>
 */
public enum BattleOutcome {
  /** {@code model_a} won. */
  MODEL_A,
  /** {@code model_b} won. */
  MODEL_B,
  /** A draw; counted as half a win for each side, as FastChat does. */
  TIE;

  /** The outcome as a score for {@code model_a}: 1, 0 or 0.5. */
  public double scoreForA() {
    return switch (this) {
      case MODEL_A -> 1.0;
      case MODEL_B -> 0.0;
      case TIE -> 0.5;
    };
  }

  /**
   * Reads FastChat's {@code winner} values: {@code model_a}, {@code model_b}, {@code tie} and
   * {@code tie (bothbad)} (case-insensitive); anything else gives an empty result.
   */
  public static Optional<BattleOutcome> parse(String winner) {
    if (winner == null) {
      return Optional.empty();
    }
    return switch (winner.strip().toLowerCase(Locale.ROOT)) {
      case "model_a" -> Optional.of(MODEL_A);
      case "model_b" -> Optional.of(MODEL_B);
      case "tie", "tie (bothbad)" -> Optional.of(TIE);
      default -> Optional.empty();
    };
  }
}
