package dev.assay.models.llm;

import static dev.assay.models.llm.FastConfigs.ask;
import static dev.assay.models.llm.FastConfigs.openAi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.model.Message;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite response cache behind {@link ChatModels#open}. */
class ResponseCacheTest {
  @TempDir Path dir;
  private final FakeLlmServer server = FakeLlmServer.start();
  private final CallLedger ledger = new CallLedger();

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatModel open(ResponseCache cache) {
    return ChatModels.open(openAi(server), cache, ledger, k -> null);
  }

  @Test
  void aSecondIdenticalCallIsServedFromTheCache() throws Exception {
    server.reply(r -> FakeReply.text("A").withUsage(20, 1));
    ChatRequest req = ChatRequest.of(List.of(Message.user("A or B?")), GenerationParams.DEFAULT.withTopLogprobs(3));
    try (ResponseCache cache = ResponseCache.open(dir.resolve("run/responses.sqlite")); ChatModel m = open(cache)) {
      ChatResponse first = m.chat(req);
      server.reset();
      ChatResponse second = m.chat(req);
      assertThat(server.requestCount()).isZero();
      assertThat(first.cached()).isFalse();
      assertThat(second.cached()).isTrue();
      assertThat(second.text()).isEqualTo("A");
      assertThat(second.usage()).isEqualTo(new Usage(20, 1));
      assertThat(second.logprobs()).isEqualTo(first.logprobs()).isNotEmpty();
      assertThat(second.finishReason()).isEqualTo("stop");
      assertThat(second.model()).isEqualTo("judge-1");
    }
    assertThat(ledger.modelCalls()).isEqualTo(1);
    assertThat(ledger.cacheHits()).isEqualTo(1);
    assertThat(ledger.inputTokens()).as("a cache hit uses no tokens").isEqualTo(20);
  }

  @Test
  void theCacheSurvivesReopeningTheFile() throws Exception {
    server.replyText("kept");
    Path file = dir.resolve(ResponseCache.FILE_NAME);
    try (ResponseCache cache = ResponseCache.open(file); ChatModel m = open(cache)) {
      m.chat(ask("q1"));
      m.chat(ask("q2"));
    }
    server.reset().replyText("changed");
    try (ResponseCache cache = ResponseCache.open(file); ChatModel m = open(cache)) {
      assertThat(cache.size()).isEqualTo(2);
      assertThat(m.chat(ask("q1")).text()).isEqualTo("kept");
      assertThat(m.chat(ask("q2")).text()).isEqualTo("kept");
      assertThat(m.chat(ask("q3")).text()).isEqualTo("changed");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void distinctSamplesParametersAndModelsAreDistinctKeys() {
    ChatRequest base = ask("same prompt");
    String k = CacheKey.of("openai", "m", base);
    assertThat(k).hasSize(64).isEqualTo(CacheKey.of("openai", "m", ask("same prompt")));
    assertThat(CacheKey.of("openai", "m", base.withSample(1))).isNotEqualTo(k);
    assertThat(CacheKey.of("openai", "m2", base)).isNotEqualTo(k);
    assertThat(CacheKey.of("anthropic", "m", base)).isNotEqualTo(k);
    assertThat(CacheKey.of("openai", "m", ChatRequest.of(base.messages(), GenerationParams.DEFAULT.withTemperature(0.0))))
        .isNotEqualTo(k);
    assertThat(CacheKey.of("openai", "m", ChatRequest.of(base.messages(), GenerationParams.DEFAULT.withSeed(1L))))
        .isNotEqualTo(CacheKey.of("openai", "m", ChatRequest.of(base.messages(), GenerationParams.DEFAULT.withSeed(2L))));
    assertThat(CacheKey.of("openai", "m", ChatRequest.of(List.of(Message.system("same prompt")), null))).isNotEqualTo(k);
    // a schema's key order does not matter
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", "object");
    a.put("properties", Map.of("x", Map.of("type", "string")));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("properties", Map.of("x", Map.of("type", "string")));
    b.put("type", "object");
    assertThat(CacheKey.canonicalJson("openai", "m", ChatRequest.of(base.messages(), GenerationParams.DEFAULT.withJsonSchema(a))))
        .isEqualTo(CacheKey.canonicalJson("openai", "m", ChatRequest.of(base.messages(), GenerationParams.DEFAULT.withJsonSchema(b))))
        .contains("\"json_schema\":{\"properties\"");
  }

  @Test
  void configDefaultsArePartOfTheKey() throws Exception {
    server.replyText("x");
    try (ResponseCache cache = ResponseCache.open(dir.resolve("c.sqlite"))) {
      try (ChatModel m = ChatModels.open(openAi(server).withDefaults(GenerationParams.DEFAULT.withTemperature(0.0)), cache, ledger, k -> null)) {
        m.chat(ask("q"));
      }
      try (ChatModel m = ChatModels.open(openAi(server).withDefaults(GenerationParams.DEFAULT.withTemperature(1.0)), cache, ledger, k -> null)) {
        m.chat(ask("q"));
      }
    }
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(server.requests().get(1).json().path("temperature").asDouble()).isEqualTo(1.0);
  }

  @Test
  void identicalConcurrentRequestsMakeOneCall() throws Exception {
    server.latency(Duration.ofMillis(200)).replyText("once");
    try (ResponseCache cache = ResponseCache.open(dir.resolve("c.sqlite")); ChatModel m = open(cache);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ChatResponse>> fs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> m.chat(ask("same"))));
      }
      for (Future<ChatResponse> f : fs) {
        assertThat(f.get().text()).isEqualTo("once");
      }
    }
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(ledger.modelCalls()).isEqualTo(1);
    assertThat(ledger.cacheHits()).isEqualTo(7);
  }

  @Test
  void whenTheCallerMakingTheCallIsInterruptedAWaiterMakesItInstead() throws Exception {
    server.latency(Duration.ofMillis(300)).replyText("late");
    try (ResponseCache cache = ResponseCache.open(dir.resolve("c.sqlite")); ChatModel m = open(cache);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<ChatResponse> leader = pool.submit(() -> m.chat(ask("same")));
      while (server.requestCount() < 1) {
        Thread.sleep(5);
      }
      Future<ChatResponse> waiter = pool.submit(() -> m.chat(ask("same")));
      Thread.sleep(50);
      leader.cancel(true);
      assertThat(waiter.get().text()).isEqualTo("late");
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void aFailureIsNotCachedAndWaitersShareIt() throws Exception {
    server.replyText("fine");
    server.enqueue(Fault.status(400));
    try (ResponseCache cache = ResponseCache.open(dir.resolve("c.sqlite")); ChatModel m = open(cache)) {
      assertThatThrownBy(() -> m.chat(ask("q"))).isInstanceOf(ModelCallException.class);
      assertThat(cache.size()).isZero();
      assertThat(m.chat(ask("q")).text()).isEqualTo("fine");
    }
  }

  @Test
  void manyConcurrentDistinctRequestsAreAllStored() throws Exception {
    server.reply(r -> FakeReply.text("a:" + r.lastUserText()));
    Path file = dir.resolve("c.sqlite");
    try (ResponseCache cache = ResponseCache.open(file);
        ChatModel m = ChatModels.open(openAi(server).withMaxInFlight(64), cache, ledger, k -> null);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ChatResponse>> fs = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        String q = "q" + i;
        fs.add(pool.submit(() -> m.chat(ask(q))));
      }
      for (int i = 0; i < fs.size(); i++) {
        assertThat(fs.get(i).get().text()).isEqualTo("a:q" + i);
      }
    }
    try (ResponseCache cache = ResponseCache.open(file)) {
      assertThat(cache.size()).isEqualTo(500);
      assertThat(cache.get(CacheKey.of("openai", "judge-1", ask("q123")))).hasValueSatisfying(r -> {
        assertThat(r.text()).isEqualTo("a:q123");
        assertThat(r.cached()).isTrue();
      });
    }
  }
}
