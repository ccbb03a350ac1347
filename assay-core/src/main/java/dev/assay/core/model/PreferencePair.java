package dev.assay.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A human or model preference between two answers to the same conversation, the unit of reward
 * model training and of preference-flip analysis.
 *
 * <pre>{@code
 * PreferencePair p = new PreferencePair("7", List.of(Message.user("Hi")), "Hello!", "Go away.", null, "rater-3");
 * }</pre>
 *
 * @param id stable identifier
 * @param prompt the conversation before the answers (ends with a user turn)
 * @param chosen the preferred answer
 * @param rejected the other answer
 * @param margin strength of the preference when the data gives one, else {@code null}
 * @param annotator who expressed the preference, else {@code null}
 */
public record PreferencePair(
    String id, List<Message> prompt, String chosen, String rejected, Double margin, String annotator) {

  public PreferencePair {
    Objects.requireNonNull(id, "id");
    prompt = List.copyOf(prompt);
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
  }
}
