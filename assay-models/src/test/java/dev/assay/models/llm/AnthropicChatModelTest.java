package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.model.Message;
import dev.assay.models.llm.ModelCallException.Kind;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import dev.assay.testkit.llm.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnthropicChatModelTest {
  private final FakeLlmServer server = FakeLlmServer.start().requireApiKey("ak-1");
  private final Map<String, String> env = Map.of("ANTHROPIC_KEY", "ak-1");

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelConfig cfg() {
    return ModelConfig.of("anthropic", "claude-test", server.baseUrl(), "ANTHROPIC_KEY").withTimeout("1s")
        .withRetries(2, "10ms", "20ms");
  }

  @Test
  void roundTripWithTheSystemPromptOnTop() throws Exception {
    server.reply(r -> FakeReply.text("Paris").withUsage(15, 2).withFinishReason("length"));
    CallLedger ledger = new CallLedger();
    try (ChatModel m = ChatModels.open(cfg(), null, ledger, env::get)) {
      ChatResponse r = m.chat(ChatRequest.of(
          List.of(Message.system("Be brief."), Message.user("Capital of France?")),
          new GenerationParams(0.0, null, 3L, null, 5, List.of("END"), null)));
      assertThat(r.text()).isEqualTo("Paris");
      assertThat(r.finishReason()).isEqualTo("length");
      assertThat(r.usage()).isEqualTo(new Usage(15, 2));
      assertThat(r.logprobs()).isEmpty();
      assertThat(m.provider()).isEqualTo("anthropic");
    }
    FakeRequest got = server.requests().get(0);
    assertThat(got.path()).isEqualTo("/v1/messages");
    assertThat(got.header("x-api-key")).isEqualTo("ak-1");
    assertThat(got.header("anthropic-version")).isEqualTo(AnthropicChatModel.API_VERSION);
    JsonNode j = got.json();
    assertThat(j.path("system").asString()).isEqualTo("Be brief.");
    assertThat(j.path("messages").size()).isEqualTo(1);
    assertThat(j.path("messages").get(0).path("role").asString()).isEqualTo("user");
    assertThat(j.path("max_tokens").asInt()).isEqualTo(AnthropicWire.DEFAULT_MAX_TOKENS);
    assertThat(j.path("stop_sequences").get(0).asString()).isEqualTo("END");
    assertThat(j.path("temperature").asDouble()).isZero();
    assertThat(j.has("seed")).isFalse();
    assertThat(j.has("logprobs")).isFalse();
    assertThat(ledger.modelCalls()).isEqualTo(1);
  }

  @Test
  void errorShapesAreReadAndClassified() throws Exception {
    try (ChatModel m = new AnthropicChatModel(cfg(), "wrong")) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.CLIENT);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("authentication_error: invalid x-api-key");
      });
    }
    server.enqueue(Fault.status(529), Fault.status(429).withRetryAfter("0"));
    CallLedger ledger = new CallLedger();
    try (ChatModel m = ChatModels.open(cfg(), null, ledger, env::get)) {
      assertThat(m.chat(FastConfigs.ask("x")).text()).isEqualTo("ok");
    }
    assertThat(ledger.retries()).containsOnlyKeys(Kind.SERVER, Kind.RATE_LIMITED);
    server.enqueue(Fault.status(529).withMessage("Overloaded"));
    try (ChatModel m = new AnthropicChatModel(cfg(), "ak-1")) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.getMessage()).contains("overloaded_error: Overloaded");
      });
    }
  }

  @Test
  void aBaseUrlEndingInV1MeansTheSameRoot() throws Exception {
    ModelConfig c = ModelConfig.of("anthropic", "claude-test", server.baseUrl() + "/v1/", "ANTHROPIC_KEY");
    try (ChatModel m = new AnthropicChatModel(c, "ak-1")) {
      assertThat(m.chat(FastConfigs.ask("x")).text()).isEqualTo("ok");
    }
    assertThat(server.requests().get(0).path()).isEqualTo("/v1/messages");
  }

  @Test
  void aMissingKeyVariableIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> ChatModels.open(cfg(), null, new CallLedger(), k -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANTHROPIC_KEY");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void slowAnswersTimeOut() {
    server.enqueue(Fault.slow(Duration.ofMillis(2500)));
    try (ChatModel m = new AnthropicChatModel(cfg().withTimeout("500ms"), "ak-1")) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).extracting(FastConfigs::kindOf).isEqualTo(Kind.TIMEOUT);
    }
  }
}
