package dev.assay.quality.semantic;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Picks a text out of a record by a small field spec, for checks that compare two texts of one
 * record (prompt and response).
 *
 * <ul>
 *   <li>{@code last_user}, {@code last_assistant}, {@code last_system}: the content of the last
 *       message with that role in {@code messages} (OpenAI chat; content as a string or as a list
 *       of {@code {"type": "text", "text": ...}} parts);
 *   <li>{@code /a/0/b}: a JSON Pointer;
 *   <li>{@code a.b}: a field, dots descending into objects;
 *   <li>{@code auto}: for the prompt, the last user message, else the first of {@code
 *       instruction} (plus {@code input} when present), {@code prompt}, {@code question}; for the
 *       response, the last assistant message, else the first of {@code output}, {@code response},
 *       {@code answer}, {@code completion}.
 * </ul>
 *
 * <pre>{@code
 * String prompt = TextFields.select(record.value(), "auto", true);     // null when absent
 * String answer = TextFields.select(record.value(), "last_assistant", false);
 * }</pre>
 */
public final class TextFields {
  private static final List<String> PROMPTS = List.of("instruction", "prompt", "question");
  private static final List<String> RESPONSES = List.of("output", "response", "answer", "completion");

  private TextFields() {}

  /**
   * The text {@code spec} names in {@code record}, or null when it is absent or not text.
   *
   * @param prompt for {@code auto}: true picks the prompt side, false the response side
   */
  public static String select(JsonNode record, String spec, boolean prompt) {
    if (record == null || !record.isObject()) {
      return null;
    }
    if ("auto".equals(spec)) {
      String m = lastMessage(record, prompt ? "user" : "assistant");
      if (m != null) {
        return m;
      }
      for (String f : prompt ? PROMPTS : RESPONSES) {
        JsonNode n = record.get(f);
        if (n != null && n.isString()) {
          String input = prompt && f.equals("instruction") ? text(record.get("input")) : null;
          return input == null || input.isBlank() ? n.asString() : n.asString() + "\n\n" + input;
        }
      }
      return null;
    }
    if (spec.startsWith("last_")) {
      return lastMessage(record, spec.substring("last_".length()));
    }
    if (spec.startsWith("/")) {
      return text(record.at(spec));
    }
    JsonNode n = record;
    for (String part : spec.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return text(n);
  }

  private static String lastMessage(JsonNode record, String role) {
    JsonNode messages = record.get("messages");
    if (messages == null || !messages.isArray()) {
      return null;
    }
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode m = messages.get(i);
      if (role.equals(m.path("role").asString(""))) {
        return text(m.get("content"));
      }
    }
    return null;
  }

  private static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isString()) {
      return n.asString();
    }
    if (n.isArray()) { // content parts
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : n) {
        String t = part.isString() ? part.asString() : part.path("text").isString() ? part.path("text").asString() : null;
        if (t != null) {
          sb.append(sb.isEmpty() ? "" : "\n").append(t);
        }
      }
      return sb.isEmpty() ? null : sb.toString();
    }
    return null;
  }
}
