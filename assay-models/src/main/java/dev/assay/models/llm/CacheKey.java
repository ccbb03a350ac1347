package dev.assay.models.llm;

import dev.assay.core.manifest.Sha256;
import dev.assay.core.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response-cache key of a request: the SHA-256 (hex) of a canonical JSON of provider, model,
 * every non-null generation parameter, the messages and the sample index. Canonical means object
 * keys sorted at every depth and no insignificant whitespace, so the same request always hashes
 * the same, whatever order a JSON schema's map came in.
 *
 * <pre>{@code
 * String key = CacheKey.of("openai", "gpt-4o-mini", request);   // 64 hex digits
 * String json = CacheKey.canonicalJson("openai", "gpt-4o-mini", request);
 * }</pre>
 */
public final class CacheKey {
  /** Bumped when the canonical form changes, so old entries stop matching. */
  static final int VERSION = 1;

  private CacheKey() {}

  /** The key of {@code request} sent to {@code model} of {@code provider}. */
  public static String of(String provider, String model, ChatRequest request) {
    return Sha256.of(canonicalJson(provider, model, request).getBytes(StandardCharsets.UTF_8));
  }

  /** The canonical JSON that is hashed. */
  public static String canonicalJson(String provider, String model, ChatRequest request) {
    GenerationParams p = request.params();
    Map<String, Object> params = new TreeMap<>();
    putIfSet(params, "temperature", p.temperature());
    putIfSet(params, "max_tokens", p.maxTokens());
    putIfSet(params, "seed", p.seed());
    putIfSet(params, "top_p", p.topP());
    putIfSet(params, "top_logprobs", p.topLogprobs());
    if (!p.stop().isEmpty()) {
      params.put("stop", p.stop());
    }
    putIfSet(params, "json_schema", p.jsonSchema());
    List<Object> messages = new ArrayList<>();
    for (Message m : request.messages()) {
      messages.add(new TreeMap<>(Map.of("role", m.role(), "content", m.content())));
    }
    Map<String, Object> root = new TreeMap<>();
    root.put("v", VERSION);
    root.put("provider", provider);
    root.put("model", model);
    root.put("params", params);
    root.put("messages", messages);
    root.put("sample", request.sample());
    return LlmJson.JSON.writeValueAsString(sorted(root));
  }

  private static void putIfSet(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** Maps become key-sorted at every depth. */
  private static Object sorted(Object o) {
    if (o instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
      return out;
    }
    if (o instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(sorted(v)));
      return out;
    }
    return o;
  }
}
