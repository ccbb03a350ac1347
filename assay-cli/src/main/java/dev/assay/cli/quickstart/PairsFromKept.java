package dev.assay.cli.quickstart;

import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the records a QA run kept (chats with {@code prompt_id}, {@code model} and
 * {@code messages}) into the pairs file {@code assay judge} reads: one line per prompt whose
 * answers from both models survived QA, {@code {"id", "instruction", "output_a", "output_b",
 * "model_a", "model_b", "topic", "record_a", "record_b"}}. The two models alternate between the
 * {@code a} and {@code b} positions from one pair to the next, so neither always comes first.
 * A prompt that lost an answer in QA (empty, rude, duplicate...) is counted, not paired; the first
 * kept answer of a model to a prompt is the one used.
 *
 * <pre>{@code
 * PairsFromKept.Result r = PairsFromKept.write(Path.of("out/qa/kept.jsonl"), "model-a", "model-b", Path.of("out/pairs.jsonl"));
 * r.pairs();   // prompts with both answers kept
 * }</pre>
 */
public final class PairsFromKept {
  private PairsFromKept() {}

  /**
   * What was paired.
   *
   * @param prompts distinct prompts among the kept records
   * @param pairs prompts with both models' answers kept: the lines written
   * @param unpaired prompts with only one model's answer kept, in input order
   */
  public record Result(long prompts, long pairs, List<String> unpaired) {
    public Result {
      unpaired = List.copyOf(unpaired);
    }
  }

  /** Reads {@code kept}, writes {@code pairs} and says what it did. */
  public static Result write(Path kept, String first, String second, Path pairs) {
    Map<String, Map<String, JsonNode>> byPrompt = new LinkedHashMap<>();
    try (DatasetReader r = Datasets.open(kept)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        JsonNode v = rec.value();
        if (v == null || v.get("prompt_id") == null || v.get("model") == null) {
          continue;
        }
        byPrompt.computeIfAbsent(v.get("prompt_id").asString(), k -> new LinkedHashMap<>())
            .putIfAbsent(v.get("model").asString(), v);
      }
    }
    List<String> unpaired = new ArrayList<>();
    long written = 0;
    try (JsonlWriter out = new JsonlWriter(pairs)) {
      for (Map.Entry<String, Map<String, JsonNode>> e : byPrompt.entrySet()) {
        JsonNode x = e.getValue().get(first);
        JsonNode y = e.getValue().get(second);
        if (x == null || y == null) {
          unpaired.add(e.getKey());
          continue;
        }
        boolean swap = written % 2 == 1;
        out.write(pair(e.getKey(), swap ? y : x, swap ? x : y));
        written++;
      }
    }
    return new Result(byPrompt.size(), written, unpaired);
  }

  private static ObjectNode pair(String promptId, JsonNode a, JsonNode b) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("id", promptId);
    p.put("instruction", firstUserMessage(a));
    p.put("output_a", lastMessage(a));
    p.put("output_b", lastMessage(b));
    p.put("model_a", a.get("model").asString());
    p.put("model_b", b.get("model").asString());
    if (a.get("topic") != null) {
      p.put("topic", a.get("topic").asString());
    }
    p.put("record_a", a.path("id").asString());
    p.put("record_b", b.path("id").asString());
    return p;
  }

  private static String firstUserMessage(JsonNode chat) {
    for (JsonNode m : chat.path("messages")) {
      if ("user".equals(m.path("role").asString())) {
        return m.path("content").asString();
      }
    }
    return "";
  }

  private static String lastMessage(JsonNode chat) {
    JsonNode messages = chat.path("messages");
    return messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("content").asString();
  }
}
