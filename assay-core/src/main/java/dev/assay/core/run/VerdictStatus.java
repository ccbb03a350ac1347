package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a verdict or grade was read from the judge's replies.
 *
 * <pre>{@code
 * if (row.status() == VerdictStatus.UNPARSEABLE) review(row);
 * }</pre>
 */
public enum VerdictStatus implements WireValue {
  /** Read from the first reply. */
  OK,
  /** The first reply was unreadable; the repair request gave a verdict. */
  REPAIRED,
  /** No verdict could be read, even after the repair request; the raw text is kept. */
  UNPARSEABLE,
  /** The model call itself failed after the client's retries. */
  CALL_FAILED;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static VerdictStatus of(String word) {
    return WireValue.parse(VerdictStatus.class, word);
  }
}
