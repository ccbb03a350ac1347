package dev.assay.models.llm;

import dev.assay.core.model.Message;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI Chat Completions wire format: the request body we send and the answer we read
 * ({@code choices[0].message.content}, {@code finish_reason}, {@code usage}, {@code
 * logprobs.content[]}), and the error body {@code {"error": {"message", "type", "code"}}}.
 */
final class OpenAiWire {
  private OpenAiWire() {}

  /** The request body, with the token cap under {@code max_tokens}. */
  static String request(String model, ChatRequest request) {
    return request(model, request, "max_tokens");
  }

  /**
   * The request body, with the token cap under {@code maxTokensField}: OpenAI's own endpoint wants
   * {@code max_completion_tokens} (its reasoning models reject {@code max_tokens}); vLLM,
   * llama.cpp, Ollama and most other compatible servers read {@code max_tokens}.
   */
  static String request(String model, ChatRequest request, String maxTokensField) {
    GenerationParams p = request.params();
    ObjectNode o = LlmJson.JSON.createObjectNode();
    o.put("model", model);
    ArrayNode msgs = o.putArray("messages");
    for (Message m : request.messages()) {
      ObjectNode n = msgs.addObject();
      n.put("role", m.role());
      n.put("content", m.content());
    }
    if (p.temperature() != null) {
      o.put("temperature", p.temperature());
    }
    if (p.maxTokens() != null) {
      o.put(maxTokensField, p.maxTokens());
    }
    if (p.seed() != null) {
      o.put("seed", p.seed());
    }
    if (p.topP() != null) {
      o.put("top_p", p.topP());
    }
    if (!p.stop().isEmpty()) {
      ArrayNode s = o.putArray("stop");
      p.stop().forEach(s::add);
    }
    if (p.topLogprobs() != null) {
      o.put("logprobs", true);
      if (p.topLogprobs() > 0) {
        o.put("top_logprobs", p.topLogprobs());
      }
    }
    if (p.jsonSchema() != null) {
      ObjectNode rf = o.putObject("response_format");
      rf.put("type", "json_schema");
      ObjectNode js = rf.putObject("json_schema");
      js.put("name", schemaName(p));
      js.set("schema", LlmJson.JSON.valueToTree(p.jsonSchema()));
      js.put("strict", true);
    }
    return LlmJson.JSON.writeValueAsString(o);
  }

  /** The schema's {@code title} made into a valid name, else {@code response}. */
  private static String schemaName(GenerationParams p) {
    Object title = p.jsonSchema().get("title");
    String name = title == null ? "" : title.toString().replaceAll("[^A-Za-z0-9_-]", "_");
    return name.isEmpty() ? "response" : name.substring(0, Math.min(64, name.length()));
  }

  static ChatResponse response(String body, String requestedModel, String where) throws ModelCallException {
    JsonNode root = LlmJson.parse(body, where);
    JsonNode choices = LlmJson.require(root, "choices", where);
    if (!choices.isArray() || choices.isEmpty()) {
      throw new ModelCallException(ModelCallException.Kind.MALFORMED, 200,
          where + ": expected at least one entry in 'choices', found " + LlmJson.preview(choices.toString()), null);
    }
    JsonNode choice = choices.get(0);
    JsonNode message = LlmJson.require(choice, "message", where);
    JsonNode content = message.path("content");
    String text = content.isString() ? content.asString() : message.path("refusal").asString("");
    String finish = choice.path("finish_reason").asString(null);
    JsonNode usage = root.path("usage");
    Usage u = new Usage(usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
    return new ChatResponse(text, finish, u, logprobs(choice.path("logprobs").path("content")),
        root.path("model").asString(requestedModel), false);
  }

  private static List<TokenLogprob> logprobs(JsonNode content) {
    if (!content.isArray()) {
      return List.of();
    }
    List<TokenLogprob> out = new ArrayList<>(content.size());
    for (JsonNode t : content) {
      List<TokenLogprob.Alternative> top = new ArrayList<>();
      for (JsonNode a : t.path("top_logprobs")) {
        top.add(new TokenLogprob.Alternative(a.path("token").asString(""), a.path("logprob").asDouble(Double.NEGATIVE_INFINITY)));
      }
      out.add(new TokenLogprob(t.path("token").asString(""), t.path("logprob").asDouble(Double.NEGATIVE_INFINITY), top));
    }
    return out;
  }

  /** {@code type/code: message} from OpenAI's error body, or a preview of whatever came. */
  static String error(String body) {
    try {
      JsonNode e = LlmJson.JSON.readTree(body).path("error");
      if (e.isObject()) {
        String code = e.path("code").asString(e.path("type").asString(""));
        String msg = e.path("message").asString("");
        return (code.isEmpty() ? "" : code + ": ") + msg;
      }
      if (e.isString()) {
        return e.asString();
      }
    } catch (RuntimeException notJson) {
      // fall through to the preview
    }
    return LlmJson.preview(body);
  }
}
