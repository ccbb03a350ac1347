package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the two presentation orders of a pairwise judgment combined.
 *
 * <pre>{@code
 * if (row.outcome() == JudgmentOutcome.INCONSISTENT) flips++;
 * }</pre>
 */
public enum JudgmentOutcome implements WireValue {
  /** Both orders gave the same winner (or both a tie). */
  CONSISTENT,
  /** The orders disagree; FastChat's rule makes it a tie. */
  INCONSISTENT,
  /** Only one order was asked (swap off); its verdict stands. */
  SINGLE_ORDER,
  /** One order gave no verdict. */
  ONE_ORDER_MISSING,
  /** Neither order gave a verdict. */
  NO_VERDICT;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static JudgmentOutcome of(String word) {
    return WireValue.parse(JudgmentOutcome.class, word);
  }
}
