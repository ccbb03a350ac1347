package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay pair} on generations files: unmatched items, several models, MT-Bench turns, bad lines. */
class PairCommandTest {
  @TempDir Path dir;

  private static List<JsonNode> lines(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      if (!l.isBlank()) {
        out.add(Json.MAPPER.readTree(l));
      }
    }
    return out;
  }

  private Path file(String name, String... rows) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", rows) + "\n");
    return f;
  }

  private static String alpaca(String instruction, String output, String generator) {
    return "{\"instruction\": \"" + instruction + "\", \"output\": \"" + output + "\", \"generator\": \"" + generator + "\"}";
  }

  @Test
  void joinsByInstructionReportsOneSidedItemsAndPairsEveryModel() throws IOException {
    Path ref = file("ref.jsonl", alpaca("q1", "r1", "ref"), alpaca("q2", "r2", "ref"), alpaca("q3", "r3", "ref"));
    Path a = file("a.jsonl", alpaca("q2", "a2", "model-a"), alpaca("q1", "a1", "model-a"), alpaca("q9", "a9", "model-a"));
    Path b = file("b.jsonl", alpaca("q1", "b1", "model-b"), alpaca("q2", "b2", "model-b"), alpaca("q3", "b3", "model-b"),
        "{\"instruction\": \"q4\"}", "not json");
    Path out = dir.resolve("pairs");
    CliHarness r = CliHarness.run("pair", "--reference", ref.toString(), "--out", out.toString(), "--json", a.toString(), b.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    List<JsonNode> pairs = lines(out.resolve("pairs.jsonl"));
    assertThat(pairs).extracting(p -> p.get("model_a").asString() + ":" + p.get("instruction").asString() + ":"
        + p.get("output_a").asString() + "/" + p.get("output_b").asString())
        .containsExactly("model-a:q2:a2/r2", "model-a:q1:a1/r1", "model-b:q1:b1/r1", "model-b:q2:b2/r2", "model-b:q3:b3/r3");
    assertThat(pairs).allSatisfy(p -> assertThat(p.get("model_b").asString()).isEqualTo("ref"));
    assertThat(pairs).extracting(p -> p.get("id").asString()).doesNotHaveDuplicates();
    // every model's pair on an item shares the item's id (the leaderboard's per-item difficulty)
    assertThat(pairs).filteredOn(p -> p.get("instruction").asString().equals("q1"))
        .extracting(p -> p.get("item_id").asString()).containsExactly("q1", "q1");
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("pairs").asInt()).isEqualTo(5);
    assertThat(s.get("unmatched").asInt()).isEqualTo(2);
    assertThat(s.get("quarantined").asInt()).isEqualTo(2);
    assertThat(s.at("/models/0/only_in_model_first/0").asString()).isEqualTo("q9");
    assertThat(s.at("/models/0/only_in_reference_first/0").asString()).isEqualTo("q3");
    List<JsonNode> unmatched = lines(out.resolve("unmatched.jsonl"));
    assertThat(unmatched).extracting(u -> u.get("model").asString() + " " + u.get("missing_from").asString() + " " + u.get("key").asString())
        .containsExactly("model-a reference q9", "model-a model q3");
    assertThat(unmatched.get(0).get("source").asString()).isEqualTo(a + ":3");
    List<JsonNode> q = lines(out.resolve("quarantine.jsonl"));
    assertThat(q).extracting(e -> e.get("line").asInt()).containsExactly(4, 5);
    assertThat(q.get(0).get("error").asString()).isEqualTo(b + ":4: field 'output': required, but missing");
    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.at("/unmatched/model-a/only_in_model").asInt()).isEqualTo(1);
    assertThat(m.at("/unmatched/model-a/only_in_reference_first/0").asString()).isEqualTo("q3");
    assertThat(m.at("/counts/pairs").asInt()).isEqualTo(5);
    assertThat(m.get("inputs").size()).isEqualTo(3);

    CliHarness human = CliHarness.run("pair", "--reference", ref.toString(), "--out", dir.resolve("p2").toString(), a.toString());
    assertThat(human.err()).contains("model-a vs ref: 2 pairs; 1 items only in model-a (q9); 1 items only in the reference (q3)");
  }

  @Test
  void mtBenchGenerationsPairTurnByTurn() throws IOException {
    String x = "{\"id\": 81, \"question_id\": 81, \"category\": \"writing\", \"turns\": [\"t1\", \"t2\"], \"outputs\": [\"x1\", \"x2\"],"
        + " \"output\": \"x2\", \"generator\": \"x\"}";
    String g = "{\"id\": 81, \"question_id\": 81, \"category\": \"writing\", \"turns\": [\"t1\", \"t2\"], \"outputs\": [\"g1\", \"g2\"],"
        + " \"output\": \"g2\", \"generator\": \"gpt-4\"}";
    Path out = dir.resolve("pairs");
    CliHarness r = CliHarness.run("pair", "--reference", file("g.jsonl", g).toString(), "--out", out.toString(), file("x.jsonl", x).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> pairs = lines(out.resolve("pairs.jsonl"));
    assertThat(pairs).hasSize(2);
    assertThat(pairs.get(0).get("id").asString()).isEqualTo("x/81#1");
    assertThat(pairs.get(0).get("item_id").asString()).isEqualTo("81#1");
    assertThat(pairs.get(0).get("instruction").asString()).isEqualTo("t1");
    assertThat(pairs.get(0).has("turns")).isFalse();
    assertThat(pairs.get(1).get("turn").asInt()).isEqualTo(2);
    assertThat(pairs.get(1).get("output_a").asString()).isEqualTo("x2");
    assertThat(pairs.get(1).get("outputs_b").toString()).isEqualTo("[\"g1\",\"g2\"]");
    assertThat(pairs.get(1).get("turns").toString()).isEqualTo("[\"t1\",\"t2\"]");
  }

  @Test
  void theReferenceModelTwiceIsAUsageError() throws IOException {
    Path ref = file("ref.jsonl", alpaca("q1", "r1", "same"));
    CliHarness r = CliHarness.run("pair", "--reference", ref.toString(), "--out", dir.resolve("o").toString(), ref.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("is the reference model too");
    CliHarness none = CliHarness.run("pair", "--reference", ref.toString(), "--out", dir.resolve("o").toString(),
        dir.resolve("missing").toString());
    assertThat(none.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).contains("no such file or run folder");
  }

  @Test
  void chatsArePairedByPromptAndTheTwoModesDoNotMix() throws IOException {
    Path kept = dir.resolve("kept.jsonl");
    java.nio.file.Files.write(kept, java.util.List.of(
        "{\"id\":\"1\",\"prompt_id\":\"p1\",\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\",\"content\":\"X\"}]}",
        "{\"id\":\"2\",\"prompt_id\":\"p1\",\"model\":\"y\",\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\",\"content\":\"Y\"}]}"));
    CliHarness ok = CliHarness.run("pair", "--chats", kept.toString(), "--models", "y,x", "--out", dir.resolve("p").toString(), "--json");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("\"pairs\":1").contains("\"models\":[\"y\",\"x\"]");
    assertThat(java.nio.file.Files.readString(dir.resolve("p/pairs.jsonl"))).contains("\"model_a\":\"y\"").contains("\"output_a\":\"Y\"");

    assertThat(CliHarness.run("pair", "--chats", kept.toString(), "--reference", kept.toString(), "--out", dir.resolve("q").toString())
        .err()).contains("--chats pairs answers inside one file");
    assertThat(CliHarness.run("pair", "--out", dir.resolve("q").toString()).err()).contains("give --reference RUN");
    assertThat(CliHarness.run("pair", "--chats", kept.toString(), "--models", "x,x", "--out", dir.resolve("q").toString()).exit())
        .isEqualTo(2);
  }
}
