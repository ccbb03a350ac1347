package dev.assay.models.llm;

import dev.assay.core.model.Message;
import dev.assay.testkit.llm.FakeLlmServer;
import java.util.List;

/** Configs pointing at a {@link FakeLlmServer} with small timeouts and backoffs, so tests stay fast. */
final class FastConfigs {
  private FastConfigs() {}

  static ModelConfig openAi(FakeLlmServer server) {
    return ModelConfig.of("openai", "judge-1", server.openAiBaseUrl(), null).withTimeout("1s").withRetries(3, "10ms", "50ms");
  }

  static ChatRequest ask(String text) {
    return ChatRequest.of(List.of(Message.user(text)), GenerationParams.DEFAULT);
  }

  static ModelCallException.Kind kindOf(Throwable t) {
    return ((ModelCallException) t).kind();
  }
}
