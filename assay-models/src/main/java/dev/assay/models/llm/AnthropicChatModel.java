package dev.assay.models.llm;

import java.net.URI;
import java.util.Map;

/**
 * A client for Anthropic's Messages API: {@code POST {base_url}/v1/messages} with {@code
 * x-api-key} and {@code anthropic-version: 2023-06-01}. System messages become the top-level
 * {@code system} prompt; temperature, top_p, max_tokens (required by the API: 1024 when unset) and
 * stop sequences are sent. The API has no seed and no logprobs, so those parameters are not sent
 * and {@link ChatResponse#logprobs()} is empty; a JSON schema is not sent either (ask for JSON in
 * the prompt and parse tolerantly).
 *
 * <p>One {@link #chat} is one HTTP attempt, as for {@link OpenAiChatModel}; 529 (overloaded) is a
 * SERVER failure and is retried by the layers {@link ChatModels#open} adds.
 *
 * <pre>{@code
 * ModelConfig cfg = ModelConfig.of("anthropic", "claude-sonnet-4-5", null, "ANTHROPIC_API_KEY");
 * try (ChatModel m = new AnthropicChatModel(cfg, System.getenv("ANTHROPIC_API_KEY"))) {
 *   ChatResponse r = m.chat(ChatRequest.of(List.of(Message.system("Be brief."), Message.user("Hi")), null));
 * }
 * }</pre>
 */
public final class AnthropicChatModel implements ChatModel {
  /** The API version header value this client speaks. */
  public static final String API_VERSION = "2023-06-01";

  private final ModelConfig config;
  private final URI endpoint;
  private final Map<String, String> headers;
  private final ProviderHttp http;
  private final String where;

  /** A client for {@code config} authenticating with {@code apiKey}. */
  public AnthropicChatModel(ModelConfig config, String apiKey) {
    this.config = config;
    String base = config.baseUrl().replaceAll("/+$", "");
    // https://api.anthropic.com and https://api.anthropic.com/v1 both mean the same API root
    this.endpoint = URI.create(base + (base.endsWith("/v1") ? "/messages" : "/v1/messages"));
    this.headers = apiKey == null
        ? Map.of("anthropic-version", API_VERSION)
        : Map.of("x-api-key", apiKey, "anthropic-version", API_VERSION);
    this.where = "anthropic " + config.model();
    this.http = new ProviderHttp(where, config.timeoutDuration());
  }

  @Override
  public String provider() {
    return "anthropic";
  }

  @Override
  public String model() {
    return config.model();
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    String body = http.post(endpoint, headers, AnthropicWire.request(config.model(), request), AnthropicWire::error);
    return AnthropicWire.response(body, config.model(), where + " (POST " + endpoint + ")");
  }

  @Override
  public void close() {
    http.close();
  }
}
