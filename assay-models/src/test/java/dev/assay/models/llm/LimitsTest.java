package dev.assay.models.llm;

import static dev.assay.models.llm.FastConfigs.ask;
import static dev.assay.models.llm.FastConfigs.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.model.Message;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Max in flight and per-minute rate limits, observed by the server. */
class LimitsTest {
  private final FakeLlmServer server = FakeLlmServer.start().replyText("ok");
  private final CallLedger ledger = new CallLedger();

  @AfterEach
  void stop() {
    server.close();
  }

  private List<ChatResponse> concurrently(ChatModel m, int n) throws Exception {
    List<ChatResponse> out = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ChatResponse>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String text = "q" + i;
        fs.add(pool.submit(() -> m.chat(ask(text))));
      }
      for (Future<ChatResponse> f : fs) {
        out.add(f.get());
      }
    }
    return out;
  }

  @Test
  void maxInFlightBoundsWhatTheServerSees() throws Exception {
    server.latency(Duration.ofMillis(100));
    try (ChatModel m = ChatModels.open(openAi(server).withMaxInFlight(3), null, ledger, k -> null)) {
      assertThat(concurrently(m, 12)).hasSize(12);
    }
    assertThat(server.peakConcurrent()).isEqualTo(3);
    assertThat(ledger.modelCalls()).isEqualTo(12);
  }

  @Test
  void requestsPerMinuteArePaced() throws Exception {
    // 1200 a minute = 20 a second, one second's worth (20) may go at once; 30 requests take >= 0.5 s
    ModelConfig cfg = openAi(server).withMaxInFlight(64).withRateLimit(new ModelConfig.RateLimit(1200L, null));
    long t0 = System.nanoTime();
    try (ChatModel m = ChatModels.open(cfg, null, ledger, k -> null)) {
      assertThat(concurrently(m, 30)).hasSize(30);
    }
    // the bucket lets the 30th request go no earlier than 10 x 50 ms after it was made
    assertThat((System.nanoTime() - t0) / 1e6).isBetween(450.0, 5000.0);
    List<Long> at = server.requests().stream().map(FakeRequest::receivedNanos).sorted().toList();
    assertThat((at.get(29) - at.get(0)) / 1e6).as("as the server saw them").isGreaterThan(250.0);
  }

  @Test
  void tokensPerMinuteSettleWithTheReportedUsage() throws Exception {
    // 30k a minute = 500 a second; each call is estimated at ~60 tokens but reports 250
    server.reply(r -> FakeReply.text("ok").withUsage(200, 50));
    ModelConfig cfg = openAi(server).withRateLimit(new ModelConfig.RateLimit(null, 30_000L));
    ChatRequest req = ChatRequest.of(List.of(Message.user("hello")), GenerationParams.DEFAULT.withMaxTokens(50));
    assertThat(LimitedChatModel.estimateTokens(req)).isLessThan(70);
    long t0 = System.nanoTime();
    try (ChatModel m = ChatModels.open(cfg, null, ledger, k -> null)) {
      for (int i = 0; i < 4; i++) {
        m.chat(req.withSample(i));
      }
    }
    // 3 x 250 + ~60 = ~810 tokens against 500 saved up + 500/s: the fourth call waits ~0.6 s
    assertThat((System.nanoTime() - t0) / 1e6).isBetween(500.0, 5000.0);
    assertThat(ledger.inputTokens()).isEqualTo(800);
    assertThat(ledger.outputTokens()).isEqualTo(200);
  }

  @Test
  void manyVirtualThreadsGetTheirOwnAnswers() throws Exception {
    server.reply(r -> FakeReply.text("echo " + r.lastUserText()));
    try (ChatModel m = ChatModels.open(openAi(server).withMaxInFlight(32), null, ledger, k -> null)) {
      List<ChatResponse> rs = concurrently(m, 300);
      for (int i = 0; i < rs.size(); i++) {
        assertThat(rs.get(i).text()).isEqualTo("echo q" + i);
      }
    }
    assertThat(ledger.toMap()).containsEntry("model_calls", 300L).containsEntry("retries", Map.of());
  }
}
