package dev.assay.models.toxicity.perspective;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry delays: exponential backoff with jitter, or the server's {@code Retry-After} (delta
 * seconds or an HTTP date) when it sent one.
 *
 * <pre>{@code
 * Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
 * Duration d = b.delay(2, Backoff.retryAfter("3", Instant.now())); // 3 s
 * }</pre>
 */
record Backoff(Duration initial, Duration max) {

  /** The delay before retry number {@code retry} (0-based): Retry-After if given, else jittered backoff. */
  Duration delay(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long cap = max.toNanos();
    long base = initial.toNanos() << Math.min(retry, 30);
    long d = Math.min(cap, base <= 0 ? cap : base);
    // "equal jitter": half fixed, half random, so retries from parallel requests spread out
    long jittered = d / 2 + (d / 2 > 0 ? ThreadLocalRandom.current().nextLong(d / 2 + 1) : 0);
    return Duration.ofNanos(jittered);
  }

  /** Parses a {@code Retry-After} header value; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
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
