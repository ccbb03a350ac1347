package dev.assay.models.llm;

import java.net.URI;
import java.util.Map;

/**
 * A client for Ollama's native chat API: {@code POST {base_url}/api/chat} with {@code stream:
 * false}; temperature, seed, max tokens ({@code num_predict}), top_p and stop go in {@code
 * options}, a JSON schema in {@code format}. No key is sent. (Ollama's OpenAI-compatible {@code /v1}
 * endpoint works with {@link OpenAiChatModel} too.)
 *
 * <pre>{@code
 * ModelConfig cfg = ModelConfig.of("ollama", "llama3.2", "http://localhost:11434", null);
 * try (ChatModel m = new OllamaChatModel(cfg)) {
 *   ChatResponse r = m.chat(ChatRequest.of(List.of(Message.user("Hi")), GenerationParams.DEFAULT.withSeed(1L)));
 * }
 * }</pre>
 */
public final class OllamaChatModel implements ChatModel {
  private final ModelConfig config;
  private final URI endpoint;
  private final ProviderHttp http;
  private final String where;

  /** A client for {@code config}. */
  public OllamaChatModel(ModelConfig config) {
    this.config = config;
    this.endpoint = URI.create(config.baseUrl().replaceAll("/+$", "") + "/api/chat");
    this.where = "ollama " + config.model();
    this.http = new ProviderHttp(where, config.timeoutDuration());
  }

  @Override
  public String provider() {
    return "ollama";
  }

  @Override
  public String model() {
    return config.model();
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    String body = http.post(endpoint, Map.of(), OllamaWire.request(config.model(), request), OllamaWire::error);
    return OllamaWire.response(body, config.model(), where + " (POST " + endpoint + ")");
  }

  @Override
  public void close() {
    http.close();
  }
}
