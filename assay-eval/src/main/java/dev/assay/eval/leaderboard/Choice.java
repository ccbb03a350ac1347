package dev.assay.eval.leaderboard;

import java.util.Locale;

/**
 * A pairwise verdict in the terms of the pair as given (model A, model B), whatever order the
 * judge saw them in.
 *
 * <pre>{@code
 * Choice.parse("model_b");   // B
 * Choice.A.swapped();        // B: what "the first shown" means when B was shown first
 * }</pre>
 */
public enum Choice {
  A,
  B,
  TIE;

  /** The other side (a tie stays a tie). */
  public Choice swapped() {
    return this == A ? B : this == B ? A : TIE;
  }

  /** AlpacaEval's preference: 1 for A, 2 for B, 1.5 for a tie. */
  public double preference() {
    return this == A ? 1.0 : this == B ? 2.0 : 1.5;
  }

  /** Parses a|b|tie and the usual spellings (model_a, model_1, first, 1, draw, c ...), or null. */
  public static Choice parse(String s) {
    if (s == null) {
      return null;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "a", "model_a", "model_1", "first", "1" -> A;
      case "b", "model_b", "model_2", "second", "2" -> B;
      case "tie", "draw", "c", "tie (bothbad)", "0" -> TIE;
      default -> null;
    };
  }

  /** The choice of an AlpacaEval preference in [1, 2] (0 = tie), or null when outside. */
  public static Choice ofPreference(double p) {
    if (p == 0 || p == 1.5) {
      return TIE;
    }
    if (p >= 1 && p < 1.5) {
      return A;
    }
    if (p > 1.5 && p <= 2) {
      return B;
    }
    return null;
  }
}
