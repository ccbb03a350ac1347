package dev.assay.models.llm;

import java.net.URI;
import java.util.Map;

/**
 * A client for the OpenAI Chat Completions API and the servers that speak it (OpenAI, vLLM,
 * llama.cpp's server, Ollama's {@code /v1}, Together, ...): {@code POST {base_url}/chat/completions}
 * with a Bearer key. Sends temperature, max_tokens ({@code max_completion_tokens} to api.openai.com, whose
 * reasoning models reject the older name), seed, top_p, stop, {@code logprobs}/{@code
 * top_logprobs} and structured output as {@code response_format: {type: json_schema, json_schema:
 * {name, schema, strict: true}}}; reads the text, finish reason, usage and per-token logprobs.
 *
 * <p>One {@link #chat} is one HTTP attempt: failures come back as {@link ModelCallException}s
 * whose kind says what went wrong (with the server's {@code Retry-After}); retries, rate limits,
 * caching and budgets are layered around it by {@link ChatModels#open}.
 *
 * <p>Why {@code java.net.http} and Jackson rather than LangChain4j's OpenAI client: we need exact
 * control of what is sent (every parameter is part of the cache key, so nothing may be added by a
 * library default), of logprobs and top_logprobs, of the status and {@code Retry-After} of every
 * failed attempt and of timeouts that cover the whole body; a library that retries on its own
 * would double-count calls in the ledger. The protocol is one POST with a small JSON body, so the
 * client is short, and the module gains no dependency.
 *
 * <pre>{@code
 * ModelConfig cfg = ModelConfig.of("openai", "gpt-4o-mini", null, "OPENAI_API_KEY");
 * try (ChatModel m = new OpenAiChatModel(cfg, System.getenv("OPENAI_API_KEY"))) {
 *   ChatResponse r = m.chat(ChatRequest.of(List.of(Message.user("2+2?")), GenerationParams.DEFAULT));
 * }
 * }</pre>
 */
public final class OpenAiChatModel implements ChatModel {
  private final ModelConfig config;
  private final URI endpoint;
  private final Map<String, String> headers;
  private final ProviderHttp http;
  private final String where;
  private final String maxTokensField;

  /** A client for {@code config}; {@code apiKey} may be null for servers that need none. */
  public OpenAiChatModel(ModelConfig config, String apiKey) {
    this.config = config;
    this.endpoint = URI.create(config.baseUrl().replaceAll("/+$", "") + "/chat/completions");
    this.headers = apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
    this.where = "openai " + config.model();
    this.maxTokensField = endpoint.getHost() != null && endpoint.getHost().endsWith("api.openai.com")
        ? "max_completion_tokens" : "max_tokens";
    this.http = new ProviderHttp(where, config.timeoutDuration());
  }

  @Override
  public String provider() {
    return "openai";
  }

  @Override
  public String model() {
    return config.model();
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    String body = http.post(endpoint, headers, OpenAiWire.request(config.model(), request, maxTokensField), OpenAiWire::error);
    return OpenAiWire.response(body, config.model(), where + " (POST " + endpoint + ")");
  }

  @Override
  public void close() {
    http.close();
  }
}
