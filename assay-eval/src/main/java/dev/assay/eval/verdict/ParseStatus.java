package dev.assay.eval.verdict;

/**
 * How a verdict was obtained, kept with every judgment so nothing is silently dropped.
 *
 * <pre>{@code
 * if (grade.status() == ParseStatus.UNPARSEABLE) report(grade.raw());
 * }</pre>
 */
public enum ParseStatus {
  /** Read from the judge's first reply (structured output, a marker or a tolerant pattern). */
  OK,
  /** The first reply had no readable verdict; the one repair request gave one. */
  REPAIRED,
  /** No verdict could be read, even after the repair request; the raw text is kept. */
  UNPARSEABLE,
  /** The model call itself failed (after the client's retries); the error is kept. */
  CALL_FAILED;

  /** True when a verdict value is available. */
  public boolean usable() {
    return this == OK || this == REPAIRED;
  }
}
