package dev.assay.models.llm;

/**
 * A chat model endpoint. Implementations are thread-safe: a run calls {@link #chat} from many
 * virtual threads at once; rate limits, retries, caching and budgets are layered around a
 * provider client by {@code ChatModels.open(config, ...)}.
 *
 * <pre>{@code
 * try (ChatModel judge = ChatModels.open(ModelConfig.load(Path.of("judge.yaml")), cache)) {
 *   ChatResponse r = judge.chat(ChatRequest.of(List.of(Message.user("2+2?")), GenerationParams.DEFAULT));
 * }
 * }</pre>
 */
public interface ChatModel extends AutoCloseable {

  /** Provider name as in the config: {@code openai}, {@code anthropic}, {@code ollama}, ... */
  String provider();

  /** The model id requested from the provider. */
  String model();

  /**
   * Sends one request and waits for its answer.
   *
   * @throws ModelCallException when no usable answer came back after retries
   * @throws InterruptedException when the calling thread is interrupted (run cancelled)
   */
  ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException;

  @Override
  default void close() {}
}
