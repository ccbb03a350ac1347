package dev.assay.models.llm;

import static dev.assay.models.llm.FastConfigs.ask;
import static dev.assay.models.llm.FastConfigs.openAi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.models.llm.ModelCallException.Kind;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.Fault;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries through {@link ChatModels#open} against the fake server over real HTTP. */
class RetryTest {
  private final FakeLlmServer server = FakeLlmServer.start().replyText("[[A]]");
  private final CallLedger ledger = new CallLedger();

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatModel open(ModelConfig cfg) {
    return ChatModels.open(cfg, null, ledger, Map.<String, String>of()::get);
  }

  @Test
  void retryAfterInSecondsIsHonoured() throws Exception {
    server.enqueue(Fault.status(429).withRetryAfter("1"));
    try (ChatModel m = open(openAi(server))) {
      long t0 = System.nanoTime();
      assertThat(m.chat(ask("x")).text()).isEqualTo("[[A]]");
      long gap = server.requests().get(1).receivedNanos() - server.requests().get(0).receivedNanos();
      assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(6));
    }
    assertThat(ledger.retries()).containsExactlyEntriesOf(Map.of(Kind.RATE_LIMITED, 1L));
    assertThat(ledger.modelCalls()).isEqualTo(1);
    assertThat(ledger.attempts()).isEqualTo(2);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() throws Exception {
    Instant at = Instant.now().plusSeconds(2);
    server.enqueue(Fault.status(503).withRetryAfter(DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC))));
    try (ChatModel m = open(openAi(server))) {
      m.chat(ask("x"));
    }
    // the header has whole seconds: the retry comes no earlier than the second it names
    long gapMs = (server.requests().get(1).receivedNanos() - server.requests().get(0).receivedNanos()) / 1_000_000;
    assertThat(gapMs).isBetween(900L, 5000L);
  }

  @Test
  void aRetryAfterLongerThanTheMaximumFailsAtOnce() {
    server.enqueue(Fault.status(429).withRetryAfter("3600"));
    try (ChatModel m = open(openAi(server))) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("max_retry_after");
      });
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3.0);
    }
  }

  @Test
  void serverErrorThenSuccess() throws Exception {
    server.enqueue(Fault.status(500));
    try (ChatModel m = open(openAi(server))) {
      assertThat(m.chat(ask("x")).text()).isEqualTo("[[A]]");
    }
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(ledger.retries(Kind.SERVER)).isEqualTo(1);
    assertThat(ledger.failures()).isEmpty();
  }

  @Test
  void serverErrorsExhaustTheRetries() {
    server.enqueue(Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503));
    try (ChatModel m = open(openAi(server))) {
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).contains("HTTP 503", "after 4 attempts");
      });
    }
    assertThat(server.requestCount()).isEqualTo(4);
    assertThat(ledger.failures()).containsExactlyEntriesOf(Map.of(Kind.SERVER, 1L));
    assertThat(ledger.modelCalls()).isZero();
  }

  @Test
  void aSlowAnswerTimesOutAndTheRetrySucceeds() throws Exception {
    server.enqueue(Fault.slow(Duration.ofMillis(5000)));
    try (ChatModel m = open(openAi(server).withTimeout("500ms"))) {
      long t0 = System.nanoTime();
      assertThat(m.chat(ask("x")).text()).isEqualTo("[[A]]");
      assertThat((System.nanoTime() - t0) / 1e6).as("gave up on the slow answer").isBetween(490.0, 4500.0);
    }
    assertThat(ledger.retries(Kind.TIMEOUT)).isEqualTo(1);
  }

  @Test
  void malformedAndTruncatedBodiesAreRetriedALimitedNumberOfTimes() throws Exception {
    server.enqueue(Fault.malformed(), Fault.truncated());
    try (ChatModel m = open(openAi(server))) {
      assertThat(m.chat(ask("x")).text()).isEqualTo("[[A]]");
    }
    assertThat(ledger.retries(Kind.MALFORMED)).isEqualTo(2);
    server.enqueue(Fault.malformed(), Fault.malformed(), Fault.malformed());
    try (ChatModel m = open(openAi(server))) {
      assertThatThrownBy(() -> m.chat(ask("y"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("expected JSON", "after 3 attempts");
      });
    }
    assertThat(server.requestCount()).isEqualTo(3 + 3);
  }

  @Test
  void clientErrorsAreNotRetried() {
    server.enqueue(Fault.status(400).withMessage("unknown parameter"));
    try (ChatModel m = open(openAi(server))) {
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.CLIENT);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.retryableLater()).isFalse();
      });
    }
    server.requireApiKey("sk-right");
    try (ChatModel m = ChatModels.open(openAi(server).withRetries(3, "10ms", "50ms"), null, ledger, k -> null)) {
      assertThatThrownBy(() -> m.chat(ask("x"))).extracting(e -> ((ModelCallException) e).status()).isEqualTo(401);
    }
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(ledger.failures()).containsExactlyEntriesOf(Map.of(Kind.CLIENT, 2L));
  }

  @Test
  void connectionRefusedIsRetriedThenNetwork() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ModelConfig cfg = ModelConfig.of("openai", "m", "http://127.0.0.1:" + port + "/v1", null).withRetries(2, "5ms", "10ms");
    try (ChatModel m = open(cfg)) {
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains("connection refused", "after 3 attempts");
      });
    }
    assertThat(ledger.retries(Kind.NETWORK)).isEqualTo(2);
  }

  @Test
  void aDroppedConnectionIsRetried() throws Exception {
    server.enqueue(Fault.disconnect());
    try (ChatModel m = open(openAi(server))) {
      assertThat(m.chat(ask("x")).text()).isEqualTo("[[A]]");
    }
    assertThat(ledger.retries()).hasSize(1);
  }
}
