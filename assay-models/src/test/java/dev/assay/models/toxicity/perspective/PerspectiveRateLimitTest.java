package dev.assay.models.toxicity.perspective;

import static dev.assay.models.toxicity.perspective.PerspectiveScorerTest.ENV;
import static dev.assay.models.toxicity.perspective.PerspectiveScorerTest.fast;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.http.TokenBucket;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The QPS limit and the in-flight bound, measured with the server's own timestamps. */
class PerspectiveRateLimitTest {
  private final FakePerspective server = new FakePerspective();

  PerspectiveRateLimitTest() throws Exception {}

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fiveQpsIsRespectedInEverySecond() {
    List<String> texts = IntStream.range(0, 8).mapToObj(i -> "text " + i).toList();
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withQps(5).withBurst(1).withMaxInFlight(8), ENV)) {
      assertThat(s.score(texts)).hasSize(8);
    }
    List<Long> t = server.received.stream().map(FakePerspective.Received::nanos).sorted().toList();
    assertThat(t).hasSize(8);
    // at most 5 requests in any window shorter than one second (small tolerance for transit jitter)
    for (int i = 0; i + 5 < t.size(); i++) {
      assertThat((t.get(i + 5) - t.get(i)) / 1e6).as("6 requests from #" + i).isGreaterThanOrEqualTo(940);
    }
    assertThat((t.get(7) - t.get(0)) / 1e6).isGreaterThanOrEqualTo(7 * 200 - 60);
  }

  @Test
  void maxInFlightBoundsConcurrentRequests() {
    server.defaultDelay = Duration.ofMillis(150);
    List<String> texts = Collections.nCopies(6, "hello");
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withMaxInFlight(2), ENV)) {
      assertThat(s.score(texts)).hasSize(6);
    }
    assertThat(server.maxConcurrent.get()).isEqualTo(2);
  }

  @Test
  void tokenBucketAllowsItsBurstThenPaces() throws InterruptedException {
    TokenBucket b = new TokenBucket(10, 3);
    long t0 = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      b.acquire();
    }
    assertThat((System.nanoTime() - t0) / 1e6).as("burst of 3 is immediate").isLessThan(50);
    b.acquire();
    b.acquire();
    assertThat((System.nanoTime() - t0) / 1e6).as("then 100 ms apart").isGreaterThanOrEqualTo(190);
  }
}
