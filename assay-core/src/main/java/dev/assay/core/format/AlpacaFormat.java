package dev.assay.core.format;

import dev.assay.core.model.Message;
import dev.assay.core.model.Sample;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Alpaca instruction format: {@code instruction}, optional {@code input}, {@code output}. The user
 * turn is the instruction, followed by a blank line and the input when the input is not empty.
 *
 * <pre>{@code
 * Sample s = new AlpacaFormat().toSample(node, "alpaca.jsonl:5");
 * }</pre>
 */
public final class AlpacaFormat implements SampleFormat {
  @Override
  public String name() {
    return "alpaca";
  }

  @Override
  public String description() {
    return "Alpaca: {\"instruction\", \"input\" (optional), \"output\"}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject() && node.has("instruction") && node.has("output") && !node.has("output_1");
  }

  @Override
  public Sample toSample(JsonNode node, String where) {
    String instruction = Fields.string(node, "instruction", where);
    String input = Fields.optionalString(node, "input", where);
    String output = Fields.string(node, "output", where);
    String prompt = input == null || input.isBlank() ? instruction : instruction + "\n\n" + input;
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return new Sample(
        id,
        List.of(Message.user(prompt), Message.assistant(output)),
        Fields.rest(node, Set.of("id", "instruction", "input", "output")));
  }
}
