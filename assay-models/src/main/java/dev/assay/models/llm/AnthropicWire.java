package dev.assay.models.llm;

import dev.assay.core.model.Message;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Anthropic Messages wire format: system prompts go to the top-level {@code system} field,
 * {@code max_tokens} is required (1024 when unset), stop sequences are {@code stop_sequences};
 * the answer is the concatenated {@code content[].text} blocks with {@code stop_reason} and {@code
 * usage.input_tokens/output_tokens}; errors are {@code {"type": "error", "error": {"type",
 * "message"}}}. The API has neither seed nor logprobs; those parameters are not sent.
 */
final class AnthropicWire {
  /** The {@code max_tokens} sent when a request sets none (the API requires one). */
  static final int DEFAULT_MAX_TOKENS = 1024;

  private AnthropicWire() {}

  static String request(String model, ChatRequest request) {
    GenerationParams p = request.params();
    ObjectNode o = LlmJson.JSON.createObjectNode();
    o.put("model", model);
    o.put("max_tokens", p.maxTokens() == null ? DEFAULT_MAX_TOKENS : p.maxTokens());
    List<String> system = new ArrayList<>();
    ArrayNode msgs = LlmJson.JSON.createArrayNode();
    for (Message m : request.messages()) {
      if (m.role().equals("system")) {
        system.add(m.content());
      } else {
        ObjectNode n = msgs.addObject();
        n.put("role", m.role().equals("assistant") ? "assistant" : "user");
        n.put("content", m.content());
      }
    }
    if (!system.isEmpty()) {
      o.put("system", String.join("\n\n", system));
    }
    o.set("messages", msgs);
    if (p.temperature() != null) {
      o.put("temperature", p.temperature());
    }
    if (p.topP() != null) {
      o.put("top_p", p.topP());
    }
    if (!p.stop().isEmpty()) {
      ArrayNode s = o.putArray("stop_sequences");
      p.stop().forEach(s::add);
    }
    return LlmJson.JSON.writeValueAsString(o);
  }

  static ChatResponse response(String body, String requestedModel, String where) throws ModelCallException {
    JsonNode root = LlmJson.parse(body, where);
    JsonNode content = LlmJson.require(root, "content", where);
    if (!content.isArray()) {
      throw new ModelCallException(ModelCallException.Kind.MALFORMED, 200,
          where + ": expected 'content' to be an array of blocks, found " + LlmJson.preview(content.toString()), null);
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      if ("text".equals(block.path("type").asString(""))) {
        text.append(block.path("text").asString(""));
      }
    }
    String stop = root.path("stop_reason").asString(null);
    String finish = stop == null ? null : switch (stop) {
      case "end_turn", "stop_sequence" -> "stop";
      case "max_tokens" -> "length";
      case "refusal" -> "content_filter";
      default -> stop;
    };
    JsonNode usage = root.path("usage");
    Usage u = new Usage(usage.path("input_tokens").asLong(0), usage.path("output_tokens").asLong(0));
    return new ChatResponse(text.toString(), finish, u, List.of(), root.path("model").asString(requestedModel), false);
  }

  /** {@code error_type: message} from Anthropic's error body, or a preview of whatever came. */
  static String error(String body) {
    try {
      JsonNode e = LlmJson.JSON.readTree(body).path("error");
      if (e.isObject()) {
        String type = e.path("type").asString("");
        return (type.isEmpty() ? "" : type + ": ") + e.path("message").asString("");
      }
    } catch (RuntimeException notJson) {
      // fall through to the preview
    }
    return LlmJson.preview(body);
  }
}
