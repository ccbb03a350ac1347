package dev.assay.models.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * A model call that did not produce a usable response, after any retries. The {@link Kind}
 * says whether trying again later can help.
 *
 * <pre>{@code
 * try { model.chat(r); }
 * catch (ModelCallException e) { if (e.kind() == ModelCallException.Kind.BUDGET) stopRun(); }
 * }</pre>
 */
public class ModelCallException extends Exception {

  /** Why the call failed. */
  public enum Kind {
    /** 429 after every retry. */
    RATE_LIMITED,
    /** 5xx after every retry. */
    SERVER,
    /** no complete answer within the per-request timeout, after every retry. */
    TIMEOUT,
    /** connection refused or reset. */
    NETWORK,
    /** 2xx with a body that is not the protocol's JSON (malformed, truncated). */
    MALFORMED,
    /** 4xx other than 429: bad request, auth, unknown model; retrying cannot help. */
    CLIENT,
    /** the run's token or cost budget is spent; the call was not made. */
    BUDGET
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;

  public ModelCallException(Kind kind, int status, String message, Throwable cause) {
    this(kind, status, message, cause, null);
  }

  /**
   * A failure that carries the server's {@code Retry-After} (null when it sent none), so the retry
   * layer can wait as long as it was asked to.
   */
  public ModelCallException(Kind kind, int status, String message, Throwable cause, Duration retryAfter) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public ModelCallException(Kind kind, String message) {
    this(kind, 0, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** HTTP status of the last attempt, 0 when none was received. */
  public int status() {
    return status;
  }

  /** The delay the server asked for with {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** True when a later run may succeed (everything but CLIENT). */
  public boolean retryableLater() {
    return kind != Kind.CLIENT;
  }
}
