package dev.assay.models.llm;

/**
 * A layer around another {@link ChatModel} (limits, retries, budget, cache, defaults): it answers
 * {@code provider()} and {@code model()} for the model it wraps and closes it; subclasses only
 * decide what {@link #chat} adds.
 *
 * <pre>{@code
 * final class LoggingChatModel extends ChatModelLayer {
 *   LoggingChatModel(ChatModel inner) { super(inner); }
 *   public ChatResponse chat(ChatRequest r) throws ModelCallException, InterruptedException {
 *     return inner.chat(r);
 *   }
 * }
 * }</pre>
 */
abstract class ChatModelLayer implements ChatModel {
  /** The model this layer wraps. */
  protected final ChatModel inner;

  ChatModelLayer(ChatModel inner) {
    this.inner = inner;
  }

  @Override
  public final String provider() {
    return inner.provider();
  }

  @Override
  public final String model() {
    return inner.model();
  }

  @Override
  public void close() {
    inner.close();
  }
}
