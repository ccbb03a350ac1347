package dev.assay.eval.verdict;

/**
 * A pairwise verdict as the judge saw the answers: the first shown (A), the second shown (B), or
 * a tie ({@code [[C]]} in the MT-Bench convention).
 *
 * <pre>{@code
 * PairVerdict v = PairVerdict.A;
 * v.swapped();   // B: what A in the swapped order means in the original order
 * }</pre>
 */
public enum PairVerdict {
  A,
  B,
  TIE;

  /** The same verdict read in the other presentation order. */
  public PairVerdict swapped() {
    return switch (this) {
      case A -> B;
      case B -> A;
      case TIE -> TIE;
    };
  }

  /** The winner spelling of judgment files: {@code a}, {@code b} or {@code tie}. */
  public String winner() {
    return switch (this) {
      case A -> "a";
      case B -> "b";
      case TIE -> "tie";
    };
  }

  /** AlpacaEval's preference: 1 = A, 2 = B, 1.5 = tie. */
  public double preference() {
    return switch (this) {
      case A -> 1.0;
      case B -> 2.0;
      case TIE -> 1.5;
    };
  }
}
