package dev.assay.models.llm;

import java.util.List;
import java.util.Map;

/**
 * Generation parameters of one chat request. A {@code null} component means "not sent, the
 * provider's default applies"; every non-null component is part of the response-cache key.
 *
 * <pre>{@code
 * GenerationParams greedy = GenerationParams.DEFAULT.withTemperature(0.0).withMaxTokens(512);
 * GenerationParams scored = greedy.withTopLogprobs(5);   // ask for logprobs, top 5 per token
 * }</pre>
 *
 * @param temperature sampling temperature
 * @param maxTokens cap on generated tokens
 * @param seed sampling seed, where the provider honours one
 * @param topP nucleus sampling mass
 * @param topLogprobs when non-null, request per-token logprobs with this many alternatives (0 = the
 *     chosen token's logprob only); providers without logprobs ignore it and return none
 * @param stop stop sequences (empty = none)
 * @param jsonSchema a JSON Schema for structured output where the provider supports it, else null
 */
public record GenerationParams(
    Double temperature,
    Integer maxTokens,
    Long seed,
    Double topP,
    Integer topLogprobs,
    List<String> stop,
    Map<String, Object> jsonSchema) {

  /** Nothing set: every parameter is the provider's default. */
  public static final GenerationParams DEFAULT =
      new GenerationParams(null, null, null, null, null, List.of(), null);

  public GenerationParams {
    stop = stop == null ? List.of() : List.copyOf(stop);
    jsonSchema = jsonSchema == null ? null : Map.copyOf(jsonSchema);
    if (temperature != null && (temperature < 0 || temperature > 2)) {
      throw new IllegalArgumentException("temperature: expected 0..2, found " + temperature);
    }
    if (maxTokens != null && maxTokens < 1) {
      throw new IllegalArgumentException("max_tokens: expected >= 1, found " + maxTokens);
    }
    if (topLogprobs != null && (topLogprobs < 0 || topLogprobs > 20)) {
      throw new IllegalArgumentException("top_logprobs: expected 0..20, found " + topLogprobs);
    }
  }

  public GenerationParams withTemperature(Double t) {
    return new GenerationParams(t, maxTokens, seed, topP, topLogprobs, stop, jsonSchema);
  }

  public GenerationParams withMaxTokens(Integer n) {
    return new GenerationParams(temperature, n, seed, topP, topLogprobs, stop, jsonSchema);
  }

  public GenerationParams withSeed(Long s) {
    return new GenerationParams(temperature, maxTokens, s, topP, topLogprobs, stop, jsonSchema);
  }

  public GenerationParams withTopLogprobs(Integer k) {
    return new GenerationParams(temperature, maxTokens, seed, topP, k, stop, jsonSchema);
  }

  public GenerationParams withJsonSchema(Map<String, Object> schema) {
    return new GenerationParams(temperature, maxTokens, seed, topP, topLogprobs, stop, schema);
  }
}
