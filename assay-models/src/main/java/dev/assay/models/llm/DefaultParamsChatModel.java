package dev.assay.models.llm;

/**
 * Fills each request's unset generation parameters from the config's defaults (a request's own
 * value wins), so that what is sent and what is hashed into the cache key are the same.
 *
 * <pre>{@code
 * ChatModel m = new DefaultParamsChatModel(inner, config.defaultParams());
 * }</pre>
 */
final class DefaultParamsChatModel extends ChatModelLayer {
  private final GenerationParams defaults;

  DefaultParamsChatModel(ChatModel inner, GenerationParams defaults) {
    super(inner);
    this.defaults = defaults;
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    return inner.chat(new ChatRequest(request.messages(), merge(request.params(), defaults), request.sample()));
  }

  /** {@code own}'s non-null values, the rest from {@code defaults}. */
  static GenerationParams merge(GenerationParams own, GenerationParams defaults) {
    return new GenerationParams(
        own.temperature() != null ? own.temperature() : defaults.temperature(),
        own.maxTokens() != null ? own.maxTokens() : defaults.maxTokens(),
        own.seed() != null ? own.seed() : defaults.seed(),
        own.topP() != null ? own.topP() : defaults.topP(),
        own.topLogprobs() != null ? own.topLogprobs() : defaults.topLogprobs(),
        !own.stop().isEmpty() ? own.stop() : defaults.stop(),
        own.jsonSchema() != null ? own.jsonSchema() : defaults.jsonSchema());
  }
}
