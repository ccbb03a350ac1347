package dev.assay.models.llm;

import java.util.Map;
import java.util.function.Function;

/**
 * Opens a ready-to-use {@link ChatModel} from a {@link ModelConfig}: the provider client wrapped,
 * from the inside out, in
 *
 * <ol>
 *   <li>limits: max in flight, requests/tokens per minute, attempts and usage into the ledger
 *       ({@code LimitedChatModel});
 *   <li>retries with backoff and {@code Retry-After} ({@code RetryingChatModel});
 *   <li>the budget check, before each model call ({@code BudgetChatModel});
 *   <li>the response cache with single-flight, when a cache is given ({@code CachingChatModel});
 *   <li>the config's generation defaults, merged under each request's own parameters before the
 *       cache key is taken.
 * </ol>
 *
 * The budget sits inside the cache on purpose: cached answers cost nothing, so a run stopped by
 * its budget can be started again and replays everything it already paid for.
 *
 * <pre>{@code
 * CallLedger ledger = new CallLedger();
 * try (ResponseCache cache = ResponseCache.open(out.resolve(ResponseCache.FILE_NAME));
 *     ChatModel judge = ChatModels.open(ModelConfig.load(Path.of("judge.yaml")), cache, ledger)) {
 *   ChatResponse r = judge.chat(ChatRequest.of(List.of(Message.user(prompt)), GenerationParams.DEFAULT));
 * }
 * }</pre>
 */
public final class ChatModels {
  private ChatModels() {}

  /** Opens {@code config} with the API key from the process environment. */
  public static ChatModel open(ModelConfig config, ResponseCache cache, CallLedger ledger) {
    return open(config, cache, ledger, System::getenv);
  }

  /** Opens {@code config} with a fresh ledger (use the three-argument form to read the counts). */
  public static ChatModel open(ModelConfig config, ResponseCache cache) {
    return open(config, cache, new CallLedger());
  }

  /**
   * Opens {@code config}, reading the API key through {@code env}; {@code cache} may be null (no
   * caching).
   *
   * @throws IllegalArgumentException when the key the provider needs is not in {@code env}
   */
  public static ChatModel open(ModelConfig config, ResponseCache cache, CallLedger ledger, Function<String, String> env) {
    String problem = config.keyProblem(env);
    if (problem != null) {
      throw new IllegalArgumentException("api_key_env: " + problem);
    }
    ChatModel m = provider(config, config.apiKey(env));
    m = new LimitedChatModel(m, config, ledger);
    m = new RetryingChatModel(m, config, ledger);
    if (config.budget() != null) {
      m = new BudgetChatModel(m, config.budget(), ledger);
    }
    if (cache != null) {
      m = new CachingChatModel(m, cache, ledger);
    }
    return new DefaultParamsChatModel(m, config.defaultParams());
  }

  /** The bare provider client: one HTTP attempt per call, nothing layered. */
  public static ChatModel provider(ModelConfig config, String apiKey) {
    return switch (config.provider()) {
      case "openai" -> new OpenAiChatModel(config, apiKey);
      case "anthropic" -> new AnthropicChatModel(config, apiKey);
      case "ollama" -> new OllamaChatModel(config);
      default -> throw new IllegalArgumentException(
          "provider: expected one of openai, anthropic, ollama, found '" + config.provider() + "'");
    };
  }

  /** The provider names {@link #provider} knows, with what each speaks. */
  public static Map<String, String> providers() {
    return Map.of(
        "openai", "OpenAI Chat Completions (OpenAI, vLLM, llama.cpp, Ollama /v1, Together, ...)",
        "anthropic", "Anthropic Messages",
        "ollama", "Ollama native /api/chat");
  }
}
