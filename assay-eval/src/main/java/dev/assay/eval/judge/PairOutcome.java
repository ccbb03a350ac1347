package dev.assay.eval.judge;

/**
 * How the two presentation orders of a pairwise judgment combined.
 *
 * <pre>{@code
 * if (j.outcome() == PairOutcome.INCONSISTENT) positionBiasFlips++;
 * }</pre>
 */
public enum PairOutcome {
  /** Both orders gave the same winner (or both a tie). */
  CONSISTENT,
  /** The orders disagree; FastChat's rule makes it a tie. */
  INCONSISTENT,
  /** Only one order was asked (swap off); its verdict stands. */
  SINGLE_ORDER,
  /** One order gave no verdict; the judgment is missing (or, with single_order_fallback, the other order stands). */
  ONE_ORDER_MISSING,
  /** Neither order gave a verdict. */
  NO_VERDICT
}
