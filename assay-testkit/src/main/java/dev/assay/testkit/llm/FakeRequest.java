package dev.assay.testkit.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One request as {@link FakeLlmServer} received it: which protocol, the headers (names lower-cased)
 * and the parsed JSON body.
 *
 * <pre>{@code
 * FakeRequest r = server.requests().get(0);
 * assertThat(r.json().path("temperature").asDouble()).isEqualTo(0.0);
 * assertThat(r.lastUserText()).contains("Which answer is better");
 * }</pre>
 *
 * @param protocol the wire protocol the path belongs to
 * @param path the request path, e.g. {@code /v1/chat/completions}
 * @param headers request headers, names lower-cased
 * @param json the parsed body ({@code MissingNode} when it was not JSON)
 * @param receivedNanos {@link System#nanoTime()} when the body had been read
 */
public record FakeRequest(
    Protocol protocol, String path, Map<String, List<String>> headers, JsonNode json, long receivedNanos) {

  /** The three wire protocols the fake server speaks. */
  public enum Protocol {
    /** OpenAI Chat Completions, {@code POST /v1/chat/completions}. */
    OPENAI,
    /** Anthropic Messages, {@code POST /v1/messages}. */
    ANTHROPIC,
    /** Ollama's native chat, {@code POST /api/chat}. */
    OLLAMA
  }

  public FakeRequest {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The {@code model} field of the body. */
  public String model() {
    return json.path("model").asString("");
  }

  /**
   * The text of the last message with role {@code user} (a string content, or the concatenated
   * text blocks of an Anthropic content array); empty when there is none.
   */
  public String lastUserText() {
    JsonNode messages = json.path("messages");
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode m = messages.get(i);
      if ("user".equals(m.path("role").asString(""))) {
        return textOf(m.path("content"));
      }
    }
    return "";
  }

  /** Every message's text joined with newlines (the system prompt of Anthropic included). */
  public String allText() {
    StringBuilder sb = new StringBuilder();
    if (json.has("system")) {
      sb.append(textOf(json.path("system"))).append('\n');
    }
    for (JsonNode m : json.path("messages")) {
      sb.append(textOf(m.path("content"))).append('\n');
    }
    return sb.toString();
  }

  private static String textOf(JsonNode content) {
    if (content.isString()) {
      return content.asString();
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode block : content) {
      sb.append(block.path("text").asString(""));
    }
    return sb.toString();
  }
}
