package dev.assay.testkit.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * A scripted failure {@link FakeLlmServer} serves instead of (or before) a normal answer. Queued
 * faults are taken one per request, in arrival order.
 *
 * <pre>{@code
 * server.enqueue(Fault.status(429).withRetryAfter("1"), Fault.status(500), Fault.slow(Duration.ofMillis(800)));
 * server.enqueue(Fault.malformed(), Fault.truncated());
 * }</pre>
 *
 * @param kind what goes wrong
 * @param status the HTTP status for {@link Kind#STATUS}
 * @param retryAfter the {@code Retry-After} header value to send, or null
 * @param delay how long {@link Kind#SLOW} waits before answering normally
 * @param message the error message put in the protocol's error body
 */
public record Fault(Kind kind, int status, String retryAfter, Duration delay, String message) {

  /** The failure modes. */
  public enum Kind {
    /** An error status with the protocol's error JSON (429, 500, 503, 400, 401 ...). */
    STATUS,
    /** Wait {@code delay}, then answer normally (a client with a shorter timeout gives up). */
    SLOW,
    /** 200 with a body that is not JSON. */
    MALFORMED,
    /** 200 announcing more bytes than it sends, then the connection is closed. */
    TRUNCATED,
    /** The connection is closed without any response. */
    DISCONNECT
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    delay = delay == null ? Duration.ZERO : delay;
    message = message == null ? "scripted failure" : message;
  }

  /** An error response with this status and the protocol's error body. */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, status, null, null, defaultMessage(status));
  }

  /** A normal answer, but only after {@code delay}. */
  public static Fault slow(Duration delay) {
    return new Fault(Kind.SLOW, 200, null, delay, null);
  }

  /** 200 with an unparsable body. */
  public static Fault malformed() {
    return new Fault(Kind.MALFORMED, 200, null, null, null);
  }

  /** 200, Content-Length larger than what is sent, connection closed mid-body. */
  public static Fault truncated() {
    return new Fault(Kind.TRUNCATED, 200, null, null, null);
  }

  /** The connection closes before any response. */
  public static Fault disconnect() {
    return new Fault(Kind.DISCONNECT, 0, null, null, null);
  }

  /** The same fault with a {@code Retry-After} header (delta seconds or an HTTP date). */
  public Fault withRetryAfter(String value) {
    return new Fault(kind, status, value, delay, message);
  }

  /** The same fault with this error message. */
  public Fault withMessage(String text) {
    return new Fault(kind, status, retryAfter, delay, text);
  }

  private static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "invalid request";
      case 401 -> "invalid api key";
      case 404 -> "model not found";
      case 429 -> "rate limit reached";
      case 529 -> "overloaded";
      default -> status >= 500 ? "internal server error" : "request failed";
    };
  }
}
