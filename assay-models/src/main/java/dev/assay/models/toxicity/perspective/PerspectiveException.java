package dev.assay.models.toxicity.perspective;

/**
 * A Perspective request that failed for good: retries exhausted on 429/5xx/timeouts, an
 * unexpected status, or a response that is not the documented JSON. The message names the HTTP
 * status, Google's error status and message where there was one, and the attempt count; it
 * never contains the API key.
 *
 * <pre>{@code
 * try { scorer.score(texts); }
 * catch (PerspectiveException e) { log(e.httpStatus() + " " + e.errorStatus()); }
 * }</pre>
 */
public final class PerspectiveException extends RuntimeException {
  private final int httpStatus;
  private final String errorStatus;

  /** {@code httpStatus} is -1 when no response arrived (timeout, broken connection). */
  public PerspectiveException(String message, int httpStatus, String errorStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.errorStatus = errorStatus;
  }

  /** The last HTTP status seen, or -1 when no response arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Google's {@code error.status} (e.g. {@code RESOURCE_EXHAUSTED}), or an empty string. */
  public String errorStatus() {
    return errorStatus;
  }
}
