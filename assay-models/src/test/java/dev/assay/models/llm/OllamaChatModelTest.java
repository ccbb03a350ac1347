package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.model.Message;
import dev.assay.models.llm.ModelCallException.Kind;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OllamaChatModelTest {
  private final FakeLlmServer server = FakeLlmServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private ModelConfig cfg() {
    return ModelConfig.of("ollama", "llama3.2", server.baseUrl(), null).withTimeout("1s").withRetries(2, "10ms", "20ms");
  }

  @Test
  void optionsAndFormatAreSentAndTheAnswerRead() throws Exception {
    server.reply(r -> FakeReply.text("{\"score\": 7}").withUsage(40, 6));
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("score", Map.of("type", "integer")));
    try (ChatModel m = ChatModels.open(cfg(), null, new CallLedger(), k -> null)) {
      ChatResponse r = m.chat(ChatRequest.of(List.of(Message.system("Grade."), Message.user("answer")),
          new GenerationParams(0.2, 100, 9L, 0.5, null, List.of("\n"), schema)));
      assertThat(r.text()).isEqualTo("{\"score\": 7}");
      assertThat(r.usage()).isEqualTo(new Usage(40, 6));
      assertThat(r.finishReason()).isEqualTo("stop");
      assertThat(r.model()).isEqualTo("llama3.2");
    }
    JsonNode j = server.requests().get(0).json();
    assertThat(server.requests().get(0).path()).isEqualTo("/api/chat");
    assertThat(j.path("stream").asBoolean(true)).isFalse();
    assertThat(j.path("messages").get(0).path("role").asString()).isEqualTo("system");
    JsonNode o = j.path("options");
    assertThat(o.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(o.path("num_predict").asInt()).isEqualTo(100);
    assertThat(o.path("seed").asLong()).isEqualTo(9);
    assertThat(o.path("top_p").asDouble()).isEqualTo(0.5);
    assertThat(o.path("stop").get(0).asString()).isEqualTo("\n");
    assertThat(j.path("format").path("properties").path("score").path("type").asString()).isEqualTo("integer");
  }

  @Test
  void errorsAreReadAndClassified() {
    server.enqueue(Fault.status(404).withMessage("model 'llama3.2' not found"));
    try (ChatModel m = ChatModels.open(cfg(), null, new CallLedger(), k -> null)) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.CLIENT);
        assertThat(e.getMessage()).contains("HTTP 404: model 'llama3.2' not found");
      });
    }
    server.enqueue(Fault.status(500), Fault.status(500), Fault.status(500));
    try (ChatModel m = ChatModels.open(cfg(), null, new CallLedger(), k -> null)) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).extracting(FastConfigs::kindOf).isEqualTo(Kind.SERVER);
    }
    server.enqueue(Fault.malformed());
    try (ChatModel m = new OllamaChatModel(cfg())) {
      assertThatThrownBy(() -> m.chat(FastConfigs.ask("x"))).extracting(FastConfigs::kindOf).isEqualTo(Kind.MALFORMED);
    }
  }
}
