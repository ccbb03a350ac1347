package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import dev.assay.core.model.PreferencePair;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Assay's own flat preference format (also what TRL and most reward-model trainers read):
 * {@code prompt} (a string or an OpenAI {@code messages} array), {@code chosen}, {@code rejected},
 * optional {@code id}, {@code margin}, {@code annotator}.
 *
 * <pre>{@code
 * PreferencePair p = new PreferencePairFormat().toPair(node, "prefs.jsonl:4");
 * }</pre>
 */
public final class PreferencePairFormat implements PreferenceFormat {
  @Override
  public String name() {
    return "preference-pair";
  }

  @Override
  public String description() {
    return "Preference pair: {\"prompt\", \"chosen\", \"rejected\", \"margin\"?, \"annotator\"?}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject() && node.has("prompt") && node.has("chosen") && node.has("rejected");
  }

  @Override
  public PreferencePair toPair(JsonNode node, String where) {
    JsonNode prompt = node.get("prompt");
    List<Message> context;
    if (prompt != null && prompt.isString()) {
      context = List.of(Message.user(prompt.stringValue()));
    } else if (prompt != null && prompt.isArray()) {
      context = new OpenAiChatFormat()
              .toSample(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("messages", prompt), where)
              .messages();
    } else {
      throw new AssayInputException(
          where + ": field 'prompt': expected a string or an array of messages, found " + Fields.describe(prompt));
    }
    JsonNode margin = node.get("margin");
    if (margin != null && !margin.isNull() && !margin.isNumber()) {
      throw new AssayInputException(
          where + ": field 'margin': expected a number, found " + Fields.describe(margin));
    }
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return new PreferencePair(
        id,
        context,
        Fields.string(node, "chosen", where),
        Fields.string(node, "rejected", where),
        margin == null || margin.isNull() ? null : margin.doubleValue(),
        Fields.optionalString(node, "annotator", where));
  }
}
