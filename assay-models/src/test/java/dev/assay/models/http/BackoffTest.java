package dev.assay.models.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void retryAfterInSecondsOrAsAnHttpDate() {
    Instant now = Instant.parse("2026-11-25T06:00:00Z");
    assertThat(Backoff.retryAfter("7", now)).contains(Duration.ofSeconds(7));
    assertThat(Backoff.retryAfter("Wed, 25 Nov 2026 06:00:03 GMT", now)).contains(Duration.ofSeconds(3));
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atZone(ZoneOffset.UTC));
    assertThat(Backoff.retryAfter(date, now)).contains(Duration.ofSeconds(90));
    assertThat(Backoff.retryAfter("Wed, 25 Nov 2026 05:00:00 GMT", now)).contains(Duration.ZERO);
    assertThat(Backoff.retryAfter("soon", now)).isEmpty();
    assertThat(Backoff.retryAfter(null, now)).isEmpty();
  }

  @Test
  void exponentialWithJitterAndCap() {
    Backoff b = Backoff.equal(Duration.ofMillis(100), Duration.ofMillis(1000));
    for (int i = 0; i < 200; i++) {
      assertThat(b.delay(0, Optional.empty()).toMillis()).isBetween(50L, 100L);
      assertThat(b.delay(2, Optional.empty()).toMillis()).isBetween(200L, 400L);
      assertThat(b.delay(10, Optional.empty()).toMillis()).isBetween(500L, 1000L);
      assertThat(b.delay(60, Optional.empty()).toMillis()).isBetween(500L, 1000L);
    }
    assertThat(b.delay(0, Optional.of(Duration.ofSeconds(5)))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void fullJitterSpreadsOverTheWholeRange() {
    Backoff b = Backoff.full(Duration.ofMillis(100), Duration.ofMillis(1000));
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2000; i++) {
      long d = b.delay(2, Optional.empty()).toMillis();
      assertThat(d).isBetween(0L, 400L);
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    assertThat(min).isLessThan(100);
    assertThat(max).isGreaterThan(300);
    assertThat(Backoff.retryAfter("1.5", Instant.EPOCH)).contains(Duration.ofMillis(1500));
  }
}
