package dev.assay.models.toxicity.perspective;

import static dev.assay.models.toxicity.perspective.FakePerspective.errorBody;
import static dev.assay.models.toxicity.perspective.FakePerspective.json;
import static dev.assay.models.toxicity.perspective.PerspectiveScorerTest.ENV;
import static dev.assay.models.toxicity.perspective.PerspectiveScorerTest.KEY;
import static dev.assay.models.toxicity.perspective.PerspectiveScorerTest.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 429, 5xx, timeouts and cut-off responses: retried, then a clear error. */
@Timeout(30)
class PerspectiveRetryTest {
  private final FakePerspective server = new FakePerspective();

  PerspectiveRetryTest() throws Exception {}

  @AfterEach
  void stop() {
    server.close();
  }

  private static double gapMillis(FakePerspective s, int i) {
    return (s.received.get(i + 1).nanos() - s.received.get(i).nanos()) / 1e6;
  }

  @Test
  void a429WithRetryAfterSecondsIsHonouredThenSucceeds() {
    server.then(json(429, errorBody(429, "RESOURCE_EXHAUSTED", "Quota exceeded"), "Retry-After", "1"));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThat(s.score(List.of("hello")).get(0).get("toxicity")).isEqualTo(0.05);
    }
    assertThat(server.received).hasSize(2);
    assertThat(gapMillis(server, 0)).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
  }

  @Test
  void a500ThenSuccess() {
    server.then(json(500, errorBody(500, "INTERNAL", "Internal error encountered.")));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThat(s.score(List.of("hello")).get(0).get("toxicity")).isEqualTo(0.05);
    }
    assertThat(server.received).hasSize(2);
  }

  @Test
  void a503UntilRetriesAreExhaustedNamesStatusAndMessage() {
    for (int i = 0; i < 3; i++) {
      server.then(json(503, errorBody(503, "UNAVAILABLE", "The service is currently unavailable.")));
    }
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withMaxRetries(2), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("hello")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("3 attempt")
          .hasMessageContaining("HTTP 503 UNAVAILABLE: The service is currently unavailable.")
          .hasMessageNotContaining(KEY)
          .satisfies(e -> {
            assertThat(((PerspectiveException) e).httpStatus()).isEqualTo(503);
            assertThat(((PerspectiveException) e).errorStatus()).isEqualTo("UNAVAILABLE");
          });
    }
    assertThat(server.received).hasSize(3);
  }

  @Test
  void backoffGrowsBetweenRetries() {
    for (int i = 0; i < 3; i++) {
      server.then(json(502, "<html>Bad Gateway</html>"));
    }
    PerspectiveConfig cfg = fast(server).withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    try (PerspectiveScorer s = new PerspectiveScorer(cfg, ENV)) {
      assertThat(s.score(List.of("hello")).get(0).get("toxicity")).isEqualTo(0.05);
    }
    assertThat(server.received).hasSize(4);
    // equal jitter: retry k waits in [100 * 2^k / 2, 100 * 2^k] ms
    assertThat(gapMillis(server, 0)).isBetween(45.0, 400.0);
    assertThat(gapMillis(server, 1)).isGreaterThanOrEqualTo(95.0);
    assertThat(gapMillis(server, 2)).isGreaterThanOrEqualTo(195.0);
  }

  @Test
  void aSlowResponseBeyondTheTimeoutIsRetried() {
    server.then(FakePerspective.slow(Duration.ofSeconds(3), json(200, FakePerspective.scoresBody(Map.of("TOXICITY", 0.99, "IDENTITY_ATTACK", 0.99)))));
    long t0 = System.nanoTime();
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withTimeout(Duration.ofMillis(300)), ENV)) {
      assertThat(s.score(List.of("hello")).get(0).get("toxicity")).isEqualTo(0.05);
    }
    assertThat((System.nanoTime() - t0) / 1e6).isLessThan(2500);
    assertThat(server.received).hasSize(2);
  }

  @Test
  void timeoutsUntilRetriesAreExhaustedSaySo() {
    server.defaultDelay = Duration.ofSeconds(2);
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withTimeout(Duration.ofMillis(200)).withMaxRetries(1), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("hello")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("2 attempt")
          .hasMessageContaining("no complete response within 200 ms")
          .satisfies(e -> assertThat(((PerspectiveException) e).httpStatus()).isEqualTo(-1));
    }
  }

  @Test
  void aTruncatedBodyIsRetriedThenSucceeds() {
    server.then(FakePerspective.truncated());
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withTimeout(Duration.ofMillis(500)), ENV)) {
      assertThat(s.score(List.of("hello")).get(0).get("toxicity")).isEqualTo(0.05);
    }
    assertThat(server.received).hasSize(2);
  }

  @Test
  void truncatedBodiesUntilRetriesAreExhaustedSaySo() {
    server.then(FakePerspective.truncated(), FakePerspective.truncated());
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withMaxRetries(1).withTimeout(Duration.ofMillis(500)), ENV)) {
      // the server may drop the connection (cut short) or leave it hanging (deadline): either way retried, then an error
      assertThatThrownBy(() -> s.score(List.of("hello")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("2 attempt")
          .hasMessageNotContaining(KEY);
    }
  }

  @Test
  void aRetryAfterLongerThanTheMaximumFailsAtOnce() {
    server.then(json(429, errorBody(429, "RESOURCE_EXHAUSTED", "Quota exceeded"), "Retry-After", "3600"));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("hello")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("3600 s")
          .hasMessageContaining("RESOURCE_EXHAUSTED");
    }
    assertThat(server.received).hasSize(1);
  }
}
