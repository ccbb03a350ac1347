package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a failed quality-gate assertion matters: an {@link #ERROR} assertion that fails fails
 * the gate (exit 1); a {@link #WARN} one is reported (JUnit, Markdown, Dagster asset check with
 * severity WARN) but lets the gate pass.
 *
 * <pre>{@code
 * # gate.yaml
 * assertions:
 *   - assert: "qa.duplicate_rate <= 0.05"
 *     severity: warn
 * }</pre>
 */
public enum GateSeverity implements WireValue {
  /** A failure fails the gate. */
  ERROR,
  /** A failure is reported only. */
  WARN;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static GateSeverity of(String word) {
    return WireValue.parse(GateSeverity.class, word);
  }
}
