package dev.assay.models.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry delays for HTTP clients: exponential backoff ({@code initial * 2^retry}, capped at {@code
 * max}) with jitter, or the server's {@code Retry-After} (delta seconds or an HTTP date) when it
 * sent one.
 *
 * <p>{@link Jitter#FULL} draws the delay uniformly from {@code [0, d]} (best at spreading many
 * parallel clients apart); {@link Jitter#EQUAL} keeps half of it fixed, {@code [d/2, d]}.
 *
 * <pre>{@code
 * Backoff b = Backoff.full(Duration.ofMillis(500), Duration.ofSeconds(30));
 * Duration d = b.delay(2, Backoff.retryAfter("3", Instant.now())); // 3 s, the server said so
 * Duration e = b.delay(2, Optional.empty());                       // uniform in [0, 2 s]
 * }</pre>
 *
 * @param initial the first delay before jitter
 * @param max cap on one delay before jitter
 * @param jitter how the delay is randomised
 */
public record Backoff(Duration initial, Duration max, Jitter jitter) {

  /** How a delay is randomised. */
  public enum Jitter {
    /** Uniform in {@code [0, d]}. */
    FULL,
    /** Uniform in {@code [d/2, d]}. */
    EQUAL
  }

  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(jitter, "jitter");
    if (initial.isNegative() || max.isNegative()) {
      throw new IllegalArgumentException("backoff: expected non-negative delays, found " + initial + ", " + max);
    }
  }

  /** Exponential backoff with full jitter. */
  public static Backoff full(Duration initial, Duration max) {
    return new Backoff(initial, max, Jitter.FULL);
  }

  /** Exponential backoff with equal jitter. */
  public static Backoff equal(Duration initial, Duration max) {
    return new Backoff(initial, max, Jitter.EQUAL);
  }

  /** The delay before retry number {@code retry} (0-based): Retry-After if given, else jittered backoff. */
  public Duration delay(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long d = ceiling(retry);
    if (d <= 0) {
      return Duration.ZERO;
    }
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long jittered = switch (jitter) {
      case FULL -> r.nextLong(d + 1);
      case EQUAL -> d / 2 + r.nextLong(d / 2 + 1);
    };
    return Duration.ofNanos(jittered);
  }

  /** The un-jittered delay of retry number {@code retry}, in nanoseconds. */
  public long ceiling(int retry) {
    long cap = max.toNanos();
    long base = initial.toNanos() << Math.min(retry, 30);
    return Math.min(cap, base <= 0 ? cap : base);
  }

  /** Parses a {@code Retry-After} header value; empty when absent or unreadable. */
  public static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      double seconds = Double.parseDouble(v);
      if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis(Math.max(0, Math.round(seconds * 1000))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
