package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a run ended, as {@code manifest.json}'s {@code status} says it.
 *
 * <pre>{@code
 * if (manifest.runStatus() == RunStatus.INCOMPLETE) rerun();
 * }</pre>
 */
public enum RunStatus implements WireValue {
  /** Every record was processed and accepted. */
  OK,
  /** Some records were quarantined or rejected; the rest are in the outputs. */
  DATA_REJECTED,
  /** Rows failed or never started (see errors.jsonl); running the same command again resumes. */
  INCOMPLETE,
  /** Some judgment rows carry no verdict; they are counted, not rated. */
  UNJUDGED_ROWS,
  /** The run failed as a whole. */
  FAILED;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** The file spelling, so a status prints as users see it in manifest.json. */
  @Override
  public String toString() {
    return wire();
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static RunStatus of(String word) {
    return WireValue.parse(RunStatus.class, word);
  }
}
