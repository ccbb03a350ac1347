package dev.assay.testkit.llm;

import dev.assay.testkit.llm.FakeRequest.Protocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dresses a {@link FakeReply} or an error in the JSON of each protocol, as the real services send
 * it (the fields clients read, plus the usual extras such as ids and timestamps).
 */
final class WireFormat {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicLong IDS = new AtomicLong();

  private WireFormat() {}

  static String success(FakeRequest req, FakeReply reply) {
    int in = reply.inputTokens() >= 0 ? reply.inputTokens() : estimate(req.allText());
    int out = reply.outputTokens() >= 0 ? reply.outputTokens() : estimate(reply.text());
    ObjectNode o = JSON.createObjectNode();
    switch (req.protocol()) {
      case OPENAI -> {
        o.put("id", "chatcmpl-fake-" + IDS.incrementAndGet());
        o.put("object", "chat.completion");
        o.put("created", Instant.now().getEpochSecond());
        o.put("model", req.model());
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", reply.text());
        if (req.json().path("logprobs").asBoolean(false)) {
          choice.putObject("logprobs").set("content", logprobs(reply, req.json().path("top_logprobs").asInt(0)));
        } else {
          choice.putNull("logprobs");
        }
        choice.put("finish_reason", reply.finishReason());
        ObjectNode usage = o.putObject("usage");
        usage.put("prompt_tokens", in);
        usage.put("completion_tokens", out);
        usage.put("total_tokens", in + out);
      }
      case ANTHROPIC -> {
        o.put("id", "msg_fake_" + IDS.incrementAndGet());
        o.put("type", "message");
        o.put("role", "assistant");
        o.put("model", req.model());
        ObjectNode block = o.putArray("content").addObject();
        block.put("type", "text");
        block.put("text", reply.text());
        o.put("stop_reason", switch (reply.finishReason()) {
          case "stop" -> "end_turn";
          case "length" -> "max_tokens";
          default -> reply.finishReason();
        });
        o.putNull("stop_sequence");
        ObjectNode usage = o.putObject("usage");
        usage.put("input_tokens", in);
        usage.put("output_tokens", out);
      }
      case OLLAMA -> {
        o.put("model", req.model());
        o.put("created_at", Instant.now().toString());
        ObjectNode msg = o.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", reply.text());
        o.put("done", true);
        o.put("done_reason", reply.finishReason());
        o.put("total_duration", 1_000_000);
        o.put("prompt_eval_count", in);
        o.put("eval_count", out);
      }
    }
    return JSON.writeValueAsString(o);
  }

  static String error(Protocol protocol, int status, String message) {
    ObjectNode o = JSON.createObjectNode();
    switch (protocol) {
      case OPENAI -> {
        ObjectNode e = o.putObject("error");
        e.put("message", message);
        e.put("type", status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error");
        e.putNull("param");
        e.put("code", switch (status) {
          case 401 -> "invalid_api_key";
          case 404 -> "model_not_found";
          case 429 -> "rate_limit_exceeded";
          default -> status >= 500 ? "server_error" : "invalid_request";
        });
      }
      case ANTHROPIC -> {
        o.put("type", "error");
        ObjectNode e = o.putObject("error");
        e.put("type", switch (status) {
          case 400 -> "invalid_request_error";
          case 401 -> "authentication_error";
          case 403 -> "permission_error";
          case 404 -> "not_found_error";
          case 429 -> "rate_limit_error";
          case 529 -> "overloaded_error";
          default -> status >= 500 ? "api_error" : "invalid_request_error";
        });
        e.put("message", message);
      }
      case OLLAMA -> o.put("error", message);
    }
    return JSON.writeValueAsString(o);
  }

  /** The reply's logprobs, or ones made up from its words, with at most {@code top} alternatives. */
  private static ArrayNode logprobs(FakeReply reply, int top) {
    List<FakeReply.Token> tokens = reply.logprobs() != null ? reply.logprobs() : madeUp(reply.text(), top);
    ArrayNode arr = JSON.createArrayNode();
    for (FakeReply.Token t : tokens) {
      ObjectNode n = arr.addObject();
      n.put("token", t.token());
      n.put("logprob", t.logprob());
      n.putNull("bytes");
      ArrayNode alts = n.putArray("top_logprobs");
      for (int i = 0; i < Math.min(top, t.top().size()); i++) {
        ObjectNode a = alts.addObject();
        a.put("token", t.top().get(i).token());
        a.put("logprob", t.top().get(i).logprob());
        a.putNull("bytes");
      }
    }
    return arr;
  }

  private static List<FakeReply.Token> madeUp(String text, int top) {
    List<FakeReply.Token> out = new ArrayList<>();
    for (String word : text.split("(?<=\\s)")) {
      List<FakeReply.Alt> alts = new ArrayList<>();
      alts.add(new FakeReply.Alt(word, -0.05));
      for (int i = 1; i < top; i++) {
        alts.add(new FakeReply.Alt("alt" + i, -3.0 - i));
      }
      out.add(new FakeReply.Token(word, -0.05, alts));
    }
    return out;
  }

  static int estimate(String text) {
    return Math.max(1, text.length() / 4);
  }

  static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (RuntimeException e) {
      return JSON.missingNode();
    }
  }
}
