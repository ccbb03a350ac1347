package dev.assay.eval.prompt;

import java.util.Map;
import java.util.Objects;

/**
 * One worked example shown to the judge before the real item: the template is rendered with
 * {@code variables} as a user turn and {@code answer} follows as the assistant's turn.
 *
 * <pre>{@code
 * FewShotExample ex = new FewShotExample(
 *     Map.of("instruction", "2+2?", "answer", "4"), "Correct and direct. Rating: [[9]]");
 * }</pre>
 *
 * @param variables placeholder values for this example
 * @param answer the ideal judge reply, verdict included
 */
public record FewShotExample(Map<String, String> variables, String answer) {
  public FewShotExample {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    Objects.requireNonNull(answer, "answer");
  }
}
