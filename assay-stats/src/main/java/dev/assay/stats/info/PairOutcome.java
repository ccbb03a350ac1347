package dev.assay.stats.info;

/**
 * Which of two answers a judge preferred, by position.
 *
 * <pre>{@code
 * PairOutcome o = PairOutcome.FIRST;
 * o.swapped();   // SECOND: the same verdict read after presenting the answers the other way round
 * }</pre>
 */
public enum PairOutcome {
  /** The first answer was preferred. */
  FIRST,
  /** The second answer was preferred. */
  SECOND,
  /** Neither (a tie). */
  TIE;

  /** The outcome with positions exchanged, to compare a position-swapped run with the original. */
  public PairOutcome swapped() {
    return switch (this) {
      case FIRST -> SECOND;
      case SECOND -> FIRST;
      case TIE -> TIE;
    };
  }
}
