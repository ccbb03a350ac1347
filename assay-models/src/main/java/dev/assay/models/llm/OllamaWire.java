package dev.assay.models.llm;

import dev.assay.core.model.Message;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ollama's native chat wire format ({@code POST /api/chat}, {@code stream: false}): generation
 * parameters go in {@code options} ({@code temperature}, {@code seed}, {@code num_predict}, {@code
 * top_p}, {@code stop}), a JSON schema in {@code format}; the answer is {@code message.content}
 * with {@code done_reason}, {@code prompt_eval_count} and {@code eval_count}; errors are {@code
 * {"error": "..."}}.
 */
final class OllamaWire {
  private OllamaWire() {}

  static String request(String model, ChatRequest request) {
    GenerationParams p = request.params();
    ObjectNode o = LlmJson.JSON.createObjectNode();
    o.put("model", model);
    ArrayNode msgs = o.putArray("messages");
    for (Message m : request.messages()) {
      ObjectNode n = msgs.addObject();
      n.put("role", m.role());
      n.put("content", m.content());
    }
    o.put("stream", false);
    ObjectNode opts = LlmJson.JSON.createObjectNode();
    if (p.temperature() != null) {
      opts.put("temperature", p.temperature());
    }
    if (p.seed() != null) {
      opts.put("seed", p.seed());
    }
    if (p.maxTokens() != null) {
      opts.put("num_predict", p.maxTokens());
    }
    if (p.topP() != null) {
      opts.put("top_p", p.topP());
    }
    if (!p.stop().isEmpty()) {
      ArrayNode s = opts.putArray("stop");
      p.stop().forEach(s::add);
    }
    if (!opts.isEmpty()) {
      o.set("options", opts);
    }
    if (p.jsonSchema() != null) {
      o.set("format", LlmJson.JSON.valueToTree(p.jsonSchema()));
    }
    return LlmJson.JSON.writeValueAsString(o);
  }

  static ChatResponse response(String body, String requestedModel, String where) throws ModelCallException {
    JsonNode root = LlmJson.parse(body, where);
    JsonNode message = LlmJson.require(root, "message", where);
    JsonNode content = LlmJson.require(message, "content", where);
    String finish = root.path("done_reason").asString(root.path("done").asBoolean(false) ? "stop" : null);
    Usage u = new Usage(root.path("prompt_eval_count").asLong(0), root.path("eval_count").asLong(0));
    return new ChatResponse(content.asString(""), finish, u, List.of(), root.path("model").asString(requestedModel), false);
  }

  /** The {@code error} string of Ollama's error body, or a preview of whatever came. */
  static String error(String body) {
    try {
      JsonNode e = LlmJson.JSON.readTree(body).path("error");
      if (e.isString()) {
        return e.asString();
      }
    } catch (RuntimeException notJson) {
      // fall through to the preview
    }
    return LlmJson.preview(body);
  }
}
