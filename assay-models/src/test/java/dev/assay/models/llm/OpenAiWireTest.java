package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenAiWireTest {

  private static JsonNode body(String field) {
    ChatRequest r = ChatRequest.of(List.of(Message.user("hi")), GenerationParams.DEFAULT.withMaxTokens(64));
    return LlmJson.JSON.readTree(OpenAiWire.request("m", r, field));
  }

  @Test
  void theTokenCapGoesUnderTheFieldTheEndpointReads() {
    // OpenAI's API reference: max_tokens is deprecated and not accepted by its reasoning models;
    // max_completion_tokens is the current name. Compatible servers (vLLM, llama.cpp) read max_tokens.
    assertThat(body("max_tokens").get("max_tokens").asInt()).isEqualTo(64);
    assertThat(body("max_tokens").has("max_completion_tokens")).isFalse();
    assertThat(body("max_completion_tokens").get("max_completion_tokens").asInt()).isEqualTo(64);
    assertThat(body("max_completion_tokens").has("max_tokens")).isFalse();
  }

  @Test
  void onlyOpenAisOwnEndpointGetsTheNewName() {
    ModelConfig local = ModelConfig.of("openai", "m", "http://127.0.0.1:9/v1", null);
    ModelConfig openAi = ModelConfig.of("openai", "m", "https://api.openai.com/v1", "OPENAI_API_KEY");
    assertThat(new OpenAiChatModel(local, null)).extracting("maxTokensField").isEqualTo("max_tokens");
    assertThat(new OpenAiChatModel(openAi, "k")).extracting("maxTokensField").isEqualTo("max_completion_tokens");
  }
}
