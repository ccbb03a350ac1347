package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import dev.assay.core.model.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI chat fine-tuning format: {@code {"messages": [{"role": "user", "content": "..."}, ...]}},
 * with an optional {@code id}; other top-level fields become metadata. Content given as a list of
 * parts keeps its {@code text} parts, joined.
 *
 * <pre>{@code
 * Sample s = new OpenAiChatFormat().toSample(Json.MAPPER.readTree(
 *     "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}"),
 *     "chat.jsonl:1");
 * }</pre>
 */
public final class OpenAiChatFormat implements SampleFormat {
  @Override
  public String name() {
    return "openai-chat";
  }

  @Override
  public String description() {
    return "OpenAI chat: {\"messages\": [{\"role\", \"content\"}, ...]}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject() && node.path("messages").isArray();
  }

  @Override
  public Sample toSample(JsonNode node, String where) {
    JsonNode msgs = node.get("messages");
    if (msgs == null || !msgs.isArray()) {
      throw new AssayInputException(
          where + ": field 'messages': expected an array of messages, found " + Fields.describe(msgs));
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < msgs.size(); i++) {
      JsonNode m = msgs.get(i);
      String at = "messages[" + i + "]";
      if (!m.isObject()) {
        throw new AssayInputException(where + ": field '" + at + "': expected an object, found " + Fields.describe(m));
      }
      String role = Fields.string(m, "role", where + ": " + at);
      if (!Message.ROLES.contains(role)) {
        throw new AssayInputException(
            where + ": field '" + at + ".role': expected one of " + Message.ROLES + ", found " + Fields.quote(role));
      }
      out.add(new Message(role, content(m.get("content"), where, at)));
    }
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return new Sample(id, out, Fields.rest(node, Set.of("id", "messages")));
  }

  private static String content(JsonNode c, String where, String at) {
    if (c == null || c.isNull()) {
      return "";
    }
    if (c.isString()) {
      return c.stringValue();
    }
    if (c.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : c) {
        if (part.path("text").isString()) {
          if (!sb.isEmpty()) {
            sb.append('\n');
          }
          sb.append(part.get("text").stringValue());
        }
      }
      return sb.toString();
    }
    throw new AssayInputException(
        where + ": field '" + at + ".content': expected a string or a list of parts, found " + Fields.describe(c));
  }
}
