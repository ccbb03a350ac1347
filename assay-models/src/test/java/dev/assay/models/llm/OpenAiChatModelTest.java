package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.model.Message;
import dev.assay.models.llm.ModelCallException.Kind;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import dev.assay.testkit.llm.Fault;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One HTTP attempt of the OpenAI-compatible client against the fake server, no retries. */
class OpenAiChatModelTest {
  private final FakeLlmServer server = FakeLlmServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static ChatRequest ask(String text) {
    return ChatRequest.of(List.of(Message.system("You are terse."), Message.user(text)), GenerationParams.DEFAULT);
  }

  private OpenAiChatModel client(String timeout) {
    return new OpenAiChatModel(ModelConfig.of("openai", "judge-1", server.openAiBaseUrl(), null).withTimeout(timeout), "sk-test");
  }

  @Test
  void sendsEveryParameterAndReadsTheAnswer() throws Exception {
    server.requireApiKey("sk-test").reply(r -> FakeReply.text("4").withUsage(12, 1).withFinishReason("length"));
    GenerationParams p = new GenerationParams(0.0, 64, 7L, 0.9, null, List.of("\n\n"), null);
    try (OpenAiChatModel m = client("2s")) {
      ChatResponse r = m.chat(ChatRequest.of(List.of(Message.user("2+2?")), p));
      assertThat(r.text()).isEqualTo("4");
      assertThat(r.truncated()).isTrue();
      assertThat(r.usage()).isEqualTo(new Usage(12, 1));
      assertThat(r.model()).isEqualTo("judge-1");
      assertThat(r.cached()).isFalse();
    }
    FakeRequest got = server.requests().get(0);
    assertThat(got.path()).isEqualTo("/v1/chat/completions");
    assertThat(got.header("authorization")).isEqualTo("Bearer sk-test");
    JsonNode j = got.json();
    assertThat(j.path("model").asString()).isEqualTo("judge-1");
    assertThat(j.path("messages").get(0).path("role").asString()).isEqualTo("user");
    assertThat(j.path("temperature").asDouble()).isEqualTo(0.0);
    assertThat(j.path("max_tokens").asInt()).isEqualTo(64);
    assertThat(j.path("seed").asLong()).isEqualTo(7);
    assertThat(j.path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(j.path("stop").get(0).asString()).isEqualTo("\n\n");
    assertThat(j.has("logprobs")).as("nothing sent that was not asked for").isFalse();
    assertThat(j.has("response_format")).isFalse();
  }

  @Test
  void logprobsAreRequestedAndParsed() throws Exception {
    server.reply(r -> FakeReply.text("A").withLogprobs(List.of(new FakeReply.Token("A", -0.2,
        List.of(new FakeReply.Alt("A", -0.2), new FakeReply.Alt("B", -1.8), new FakeReply.Alt(" A", -4.0))))));
    try (OpenAiChatModel m = client("2s")) {
      ChatResponse r = m.chat(ChatRequest.of(List.of(Message.user("A or B?")), GenerationParams.DEFAULT.withTopLogprobs(5)));
      assertThat(r.logprobs()).hasSize(1);
      TokenLogprob t = r.logprobs().get(0);
      assertThat(t.token()).isEqualTo("A");
      assertThat(t.logprob()).isEqualTo(-0.2);
      assertThat(t.top()).extracting(TokenLogprob.Alternative::token).containsExactly("A", "B", " A");
      assertThat(t.probabilityOf("A")).isCloseTo(Math.exp(-0.2) + Math.exp(-4.0), org.assertj.core.data.Offset.offset(1e-12));
    }
    JsonNode j = server.requests().get(0).json();
    assertThat(j.path("logprobs").asBoolean()).isTrue();
    assertThat(j.path("top_logprobs").asInt()).isEqualTo(5);
  }

  @Test
  void structuredOutputIsAJsonSchemaResponseFormat() throws Exception {
    Map<String, Object> schema = Map.of("title", "verdict", "type", "object",
        "properties", Map.of("winner", Map.of("type", "string", "enum", List.of("a", "b", "tie"))),
        "required", List.of("winner"), "additionalProperties", false);
    server.replyText("{\"winner\": \"a\"}");
    try (OpenAiChatModel m = client("2s")) {
      ChatResponse r = m.chat(ChatRequest.of(List.of(Message.user("which?")), GenerationParams.DEFAULT.withJsonSchema(schema)));
      assertThat(r.text()).isEqualTo("{\"winner\": \"a\"}");
    }
    JsonNode rf = server.requests().get(0).json().path("response_format");
    assertThat(rf.path("type").asString()).isEqualTo("json_schema");
    assertThat(rf.path("json_schema").path("name").asString()).isEqualTo("verdict");
    assertThat(rf.path("json_schema").path("strict").asBoolean()).isTrue();
    assertThat(rf.path("json_schema").path("schema").path("properties").path("winner").path("enum").size()).isEqualTo(3);
  }

  @Test
  void failuresAreClassified() throws Exception {
    try (OpenAiChatModel m = client("1s")) {
      server.enqueue(Fault.status(429).withRetryAfter("2"));
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.getMessage()).contains("rate_limit_exceeded", "/v1/chat/completions");
      });
      server.enqueue(Fault.status(503));
      assertThatThrownBy(() -> m.chat(ask("x"))).extracting(e -> ((ModelCallException) e).kind()).isEqualTo(Kind.SERVER);
      server.enqueue(Fault.status(400).withMessage("max_tokens is too large"));
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.CLIENT);
        assertThat(e.getMessage()).contains("max_tokens is too large");
      });
      server.enqueue(Fault.malformed());
      assertThatThrownBy(() -> m.chat(ask("x"))).extracting(e -> ((ModelCallException) e).kind()).isEqualTo(Kind.MALFORMED);
      server.enqueue(Fault.truncated());
      assertThatThrownBy(() -> m.chat(ask("x"))).extracting(e -> ((ModelCallException) e).kind()).isEqualTo(Kind.MALFORMED);
      server.enqueue(Fault.slow(Duration.ofMillis(3000)));
      assertThatThrownBy(() -> m.chat(ask("x"))).extracting(e -> ((ModelCallException) e).kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(m.chat(ask("x")).text()).isEqualTo("ok");
    }
  }

  @Test
  void aWrongKeyIsAClientError() {
    server.requireApiKey("sk-right");
    try (OpenAiChatModel m = client("2s")) {
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.CLIENT);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("invalid_api_key").doesNotContain("sk-test");
      });
    }
  }

  @Test
  void connectionRefusedIsANetworkError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ModelConfig cfg = ModelConfig.of("openai", "m", "http://127.0.0.1:" + port + "/v1", null).withTimeout("2s");
    try (OpenAiChatModel m = new OpenAiChatModel(cfg, null)) {
      assertThatThrownBy(() -> m.chat(ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.status()).isZero();
      });
    }
  }
}
