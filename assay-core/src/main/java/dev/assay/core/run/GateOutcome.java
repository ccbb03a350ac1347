package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The result of one quality-gate assertion (and of a gate run as a whole).
 *
 * <pre>{@code
 * int exit = outcome == GateOutcome.PASS ? 0 : outcome == GateOutcome.FAIL ? 1 : 70;
 * }</pre>
 */
public enum GateOutcome implements WireValue {
  /** The assertion held. */
  PASS,
  /** The assertion was evaluated and did not hold. */
  FAIL,
  /** The assertion could not be evaluated (missing run, missing field, not a number): never mixed with FAIL. */
  ERROR;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static GateOutcome of(String word) {
    return WireValue.parse(GateOutcome.class, word);
  }
}
