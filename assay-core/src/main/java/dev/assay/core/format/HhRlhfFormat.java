package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import dev.assay.core.model.PreferencePair;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic hh-rlhf pairs: {@code chosen} and {@code rejected} are whole transcripts
 * ({@code "\n\nHuman: ...\n\nAssistant: ..."}) that share every turn but the last Assistant turn.
 * The shared turns become the prompt; the two last Assistant turns become chosen and rejected.
 *
 * <pre>{@code
 * PreferencePair p = new HhRlhfFormat().toPair(node, "harmless-base-test.jsonl:1");
 * }</pre>
 */
public final class HhRlhfFormat implements PreferenceFormat {
  private static final String HUMAN = "\n\nHuman:";
  private static final String ASSISTANT = "\n\nAssistant:";

  @Override
  public String name() {
    return "hh-rlhf";
  }

  @Override
  public String description() {
    return "hh-rlhf: {\"chosen\": \"\\n\\nHuman: ...\\n\\nAssistant: ...\", \"rejected\": ...}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject()
        && node.path("chosen").isString()
        && node.path("rejected").isString()
        && node.get("chosen").stringValue().contains(ASSISTANT);
  }

  @Override
  public PreferencePair toPair(JsonNode node, String where) {
    List<Message> chosen = parse(Fields.string(node, "chosen", where), where, "chosen");
    List<Message> rejected = parse(Fields.string(node, "rejected", where), where, "rejected");
    Message lastChosen = chosen.get(chosen.size() - 1);
    Message lastRejected = rejected.get(rejected.size() - 1);
    if (!lastChosen.role().equals("assistant") || !lastRejected.role().equals("assistant")) {
      throw new AssayInputException(
          where + ": fields 'chosen'/'rejected': expected each transcript to end with an Assistant turn");
    }
    List<Message> prompt = chosen.subList(0, chosen.size() - 1);
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return new PreferencePair(id, prompt, lastChosen.content(), lastRejected.content(), null, null);
  }

  /** Splits a transcript into turns; text before the first marker is an error. */
  static List<Message> parse(String transcript, String where, String field) {
    List<Message> out = new ArrayList<>();
    int i = 0;
    while (i < transcript.length()) {
      boolean human = transcript.startsWith(HUMAN, i);
      boolean assistant = transcript.startsWith(ASSISTANT, i);
      if (!human && !assistant) {
        throw new AssayInputException(
            where + ": field '" + field + "': expected turns starting with \"\\n\\nHuman:\" or"
                + " \"\\n\\nAssistant:\", found " + Fields.quote(transcript.substring(i)));
      }
      int start = i + (human ? HUMAN.length() : ASSISTANT.length());
      int next = nextMarker(transcript, start);
      String text = transcript.substring(start, next).strip();
      out.add(human ? Message.user(text) : Message.assistant(text));
      i = next;
    }
    if (out.isEmpty()) {
      throw new AssayInputException(where + ": field '" + field + "': empty transcript");
    }
    return out;
  }

  private static int nextMarker(String s, int from) {
    int h = s.indexOf(HUMAN, from);
    int a = s.indexOf(ASSISTANT, from);
    int n = s.length();
    return Math.min(h < 0 ? n : h, a < 0 ? n : a);
  }
}
