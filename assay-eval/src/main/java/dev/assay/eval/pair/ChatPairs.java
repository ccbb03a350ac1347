package dev.assay.eval.pair;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.run.RunStatus;
import dev.assay.core.validate.QuarantineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pairs two models' answers that sit in one chat data set (say, the records a QA run kept), each
 * record naming its {@code prompt_id} and {@code model}: one pair per prompt that both models
 * answered, in {@code pair}'s pairs format ({@code id} and {@code item_id} = the prompt, {@code
 * instruction} = the first user message, {@code output_a}/{@code output_b} = each model's last
 * message, {@code model_a}/{@code model_b}, {@code topic} when present, and {@code record_a}/{@code
 * record_b}, the records' ids). The two models alternate between positions a and b from one pair to
 * the next, so neither always comes first. A prompt only one model answered goes to {@code
 * unmatched.jsonl}; a record without {@code prompt_id}, {@code model} or {@code messages} goes to
 * {@code quarantine.jsonl} with its {@code file:record}; a model's later answer to the same prompt
 * is counted as a repeat and not used.
 *
 * <pre>{@code
 * ChatPairs.Result r = ChatPairs.run(new ChatPairs.Options(Path.of("out/qa/kept.jsonl"), "model-a", "model-b",
 *     Path.of("out/pairs"), List.of()));
 * r.pairs();   // prompts with both answers
 * }</pre>
 */
public final class ChatPairs {
  private ChatPairs() {}

  /**
   * What to pair.
   *
   * @param chats the chat data set (JSON Lines, .gz allowed; a QA run's kept file)
   * @param first the model that takes position a in the first pair, or null for the first model seen
   * @param second the other model, or null for the second model seen
   * @param out the output folder
   * @param arguments the command line, for the manifest
   */
  public record Options(Path chats, String first, String second, Path out, List<String> arguments) {
    public Options {
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * What was paired.
   *
   * @param first the model in position a of the first pair
   * @param second the other model
   * @param prompts distinct prompts among the records
   * @param pairs prompts both models answered: the lines of {@code pairs.jsonl}
   * @param unpaired prompts only one of the two answered, in input order
   * @param repeats later answers of a model to a prompt it had answered (not used)
   * @param otherModels records by models other than the two (not used)
   * @param quarantined records without prompt_id, model or messages
   */
  public record Result(String first, String second, long prompts, long pairs, List<String> unpaired, long repeats,
      long otherModels, long quarantined) {
    public Result {
      unpaired = List.copyOf(unpaired);
    }
  }

  /** Reads, pairs and writes {@code pairs.jsonl}, {@code unmatched.jsonl}, {@code quarantine.jsonl} and the manifest. */
  public static Result run(Options o) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(o.out());
    } catch (IOException e) {
      throw new AssayInputException(o.out() + ": cannot create the output directory: " + e.getMessage(), e);
    }
    ManifestBuilder m = new ManifestBuilder("pair", o.arguments(), Clock.systemUTC());
    Map<String, Map<String, JsonNode>> byPrompt = new LinkedHashMap<>();
    List<String> models = new ArrayList<>();
    if (o.first() != null) {
      models.add(o.first());
    }
    if (o.second() != null && !models.contains(o.second())) {
      models.add(o.second());
    }
    long records = 0;
    long repeats = 0;
    long quarantined;
    Path quarantineFile = o.out().resolve("quarantine.jsonl");
    try (JsonlWriter quarantine = new JsonlWriter(quarantineFile); DatasetReader r = Datasets.open(o.chats())) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        records++;
        String problem = rec.parsed() ? problem(rec.value()) : rec.error();
        if (problem != null) {
          quarantine.write(QuarantineEntry.of(rec, List.of(problem)));
          continue;
        }
        JsonNode v = rec.value();
        String model = v.get("model").asString();
        if (!models.contains(model) && models.size() < 2) {
          models.add(model);
        }
        if (byPrompt.computeIfAbsent(v.get("prompt_id").asString(), k -> new LinkedHashMap<>()).putIfAbsent(model, v) != null) {
          repeats++;
        }
      }
      quarantined = quarantine.count();
    }
    if (models.size() < 2) {
      throw new AssayInputException(o.chats() + ": pairing needs answers of two models, found "
          + (models.isEmpty() ? "none" : "only '" + models.get(0) + "'") + " (records name theirs in 'model')");
    }
    String a = models.get(0);
    String b = models.get(1);
    List<String> unpaired = new ArrayList<>();
    long others = 0;
    long written = 0;
    long unmatchedLines;
    try (JsonlWriter out = new JsonlWriter(o.out().resolve(PairJoin.PAIRS));
        JsonlWriter unmatched = new JsonlWriter(o.out().resolve(PairJoin.UNMATCHED))) {
      for (Map.Entry<String, Map<String, JsonNode>> e : byPrompt.entrySet()) {
        JsonNode x = e.getValue().get(a);
        JsonNode y = e.getValue().get(b);
        others += e.getValue().keySet().stream().filter(k -> !k.equals(a) && !k.equals(b)).count();
        if (x == null && y == null) {
          continue;
        }
        if (x == null || y == null) {
          unpaired.add(e.getKey());
          ObjectNode u = JsonNodeFactory.instance.objectNode();
          u.put("item_id", e.getKey());
          u.put("model", x == null ? b : a);
          u.put("missing", x == null ? a : b);
          unmatched.write(u);
          continue;
        }
        boolean swap = written % 2 == 1;
        out.write(pair(e.getKey(), swap ? y : x, swap ? x : y));
        written++;
      }
      unmatchedLines = unmatched.count();
    }
    m.input(o.chats(), InputFiles.formatOf(o.chats()), records);
    m.output("pairs", o.out().resolve(PairJoin.PAIRS), "jsonl", written);
    m.output("unmatched", o.out().resolve(PairJoin.UNMATCHED), "jsonl", unmatchedLines);
    m.output("quarantine", quarantineFile, "jsonl", quarantined);
    m.count("records", records);
    m.count("prompts", byPrompt.size());
    m.count("pairs", written);
    m.count("unmatched", unpaired.size());
    m.count("repeats", repeats);
    m.count("other_models", others);
    m.count("quarantined", quarantined);
    m.component("join", "pair", Map.of("mode", "chats", "key", "prompt_id", "models", a + ", " + b,
        "positions", "alternate from one pair to the next, " + a + " first"));
    m.timing("pair", (System.nanoTime() - started) / 1_000_000);
    boolean clean = quarantined == 0 && unpaired.isEmpty();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("models", List.of(a, b));
    extra.put("unmatched_first", PairJoin.first(unpaired));
    ManifestWriter.write(m.build(clean ? RunStatus.OK : RunStatus.DATA_REJECTED), extra, o.out().resolve("manifest.json"));
    return new Result(a, b, byPrompt.size(), written, unpaired, repeats, others, quarantined);
  }

  private static String problem(JsonNode v) {
    if (v == null || !v.isObject()) {
      return "expected a JSON object (a chat record)";
    }
    for (String field : List.of("prompt_id", "model")) {
      JsonNode f = v.get(field);
      if (f == null || f.isNull() || !f.isValueNode() || f.asString().isBlank()) {
        return "'" + field + "' is missing or empty (pairing chats needs prompt_id and model on every record)";
      }
    }
    if (!v.path("messages").isArray() || v.path("messages").isEmpty()) {
      return "'messages' is missing or empty";
    }
    return null;
  }

  private static ObjectNode pair(String promptId, JsonNode a, JsonNode b) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("id", promptId);
    p.put("item_id", promptId);
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
    return messages.get(messages.size() - 1).path("content").asString();
  }
}
