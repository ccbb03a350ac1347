package dev.assay.eval.verdict;

import dev.assay.core.model.Message;
import dev.assay.models.llm.ChatRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The one follow-up request sent when a reply has no readable verdict: the original
 * conversation, the judge's reply as an assistant turn, and a short user turn asking for the
 * verdict alone in the template's format. Same generation parameters, so the cache keys stay
 * deterministic.
 *
 * <pre>{@code
 * ChatRequest again = RepairPrompt.request(original, reply.text(), "[[A]], [[B]] or [[C]] (tie)");
 * }</pre>
 */
public final class RepairPrompt {
  private RepairPrompt() {}

  /** The repair request for {@code original} whose reply was {@code reply}. */
  public static ChatRequest request(ChatRequest original, String reply, String format) {
    List<Message> msgs = new ArrayList<>(original.messages());
    msgs.add(Message.assistant(reply.isBlank() ? "(no answer)" : reply));
    msgs.add(Message.user(text(format)));
    return new ChatRequest(msgs, original.params(), original.sample());
  }

  /** The words of the repair turn. */
  public static String text(String format) {
    return "I could not find your final verdict in that reply. Reply again with the verdict only, "
        + "nothing else, in this format: " + format;
  }
}
