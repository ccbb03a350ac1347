package dev.assay.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One example of a data set: an id, a conversation, and free metadata (source fields we do not
 * model, such as a category). Prompt/response data is a two-turn conversation; {@link #prompt()}
 * and {@link #response()} read it back.
 *
 * <pre>{@code
 * Sample s = Sample.of("42", "What is 2+2?", "4");
 * s.prompt();    // "What is 2+2?"
 * s.response();  // "4"
 * }</pre>
 *
 * @param id stable identifier (from the data, or {@code source:line} when the data has none)
 * @param messages the conversation in order
 * @param metadata other fields, as plain Java values (String, Number, Boolean, List, Map)
 */
public record Sample(String id, List<Message> messages, Map<String, Object> metadata) {

  public Sample {
    Objects.requireNonNull(id, "id");
    messages = List.copyOf(messages);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A prompt/response sample: one user turn and one assistant turn. */
  public static Sample of(String id, String prompt, String response) {
    return new Sample(id, List.of(Message.user(prompt), Message.assistant(response)), Map.of());
  }

  /** The last user message before the final assistant message (or the last user message). */
  public String prompt() {
    int end = lastIndexOf("assistant");
    for (int i = (end < 0 ? messages.size() : end) - 1; i >= 0; i--) {
      if (messages.get(i).role().equals("user")) {
        return messages.get(i).content();
      }
    }
    return null;
  }

  /** The final assistant message's content, or {@code null} when the conversation has none. */
  public String response() {
    int i = lastIndexOf("assistant");
    return i < 0 ? null : messages.get(i).content();
  }

  private int lastIndexOf(String role) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role().equals(role)) {
        return i;
      }
    }
    return -1;
  }
}
