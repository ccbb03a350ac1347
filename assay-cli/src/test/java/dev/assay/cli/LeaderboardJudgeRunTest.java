package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole loop on one local OpenAI-protocol server: {@code assay generate} for three models,
 * {@code assay judge --mode pairwise} against the baseline, {@code assay leaderboard} on the
 * judge's own judgments.jsonl. The judge prefers an answer containing GOOD, says tie when neither
 * is, and when both are GOOD always picks the answer shown first (a position bias the leaderboard
 * must report).
 */
class LeaderboardJudgeRunTest {
  @TempDir Path dir;
  FakeLlmServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Path config(String model) throws IOException {
    Path yaml = dir.resolve(model + ".yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: " + model + "\n"
        + "max_retries: 1\nbackoff_initial: 5ms\nbackoff_max: 10ms\ntimeout: 5s\n");
    return yaml;
  }

  private static FakeReply answer(String model, String q) {
    int n = Integer.parseInt(q.replaceAll("\\D", ""));
    boolean good = switch (model) {
      case "good" -> true;
      case "bad" -> false;
      default -> n % 2 == 0; // the baseline is good on even questions
    };
    return FakeReply.text((good ? "GOOD" : "BAD") + " answer to " + q + (model.equals("good") ? " with more detail" : ""));
  }

  private static FakeReply judge(String text) {
    int good = text.indexOf("GOOD");
    if (good < 0) {
      return FakeReply.text("Neither helps. [[C]]");
    }
    int bad = text.indexOf("BAD");
    boolean first = bad < 0 || good < bad; // both GOOD: the first shown wins
    return FakeReply.text(first ? "[[A]]" : "[[B]]");
  }

  private static List<JsonNode> lines(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      if (!l.isBlank()) {
        out.add(Json.MAPPER.readTree(l));
      }
    }
    return out;
  }

  @Test
  void generateJudgeLeaderboard() throws IOException {
    server = FakeLlmServer.start().reply(req -> req.model().equals("judge") ? judge(req.lastUserText()) : answer(req.model(), req.lastUserText()));
    Path set = dir.resolve("set.jsonl");
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rows.add("{\"id\": \"q" + i + "\", \"instruction\": \"question " + i + "\"}");
    }
    Files.write(set, rows);
    Map<String, Map<String, JsonNode>> outputs = new LinkedHashMap<>();
    for (String m : List.of("baseline", "good", "bad")) {
      CliHarness g = CliHarness.run("generate", "--model-config", config(m).toString(), "--out", dir.resolve("gen-" + m).toString(), "-q", set.toString());
      assertThat(g.exit()).as(g.err()).isZero();
      Map<String, JsonNode> byId = new LinkedHashMap<>();
      for (JsonNode o : lines(dir.resolve("gen-" + m).resolve("outputs.jsonl"))) {
        byId.put(o.get("id").asString(), o);
      }
      outputs.put(m, byId);
    }
    List<String> pairs = new ArrayList<>();
    for (String m : List.of("good", "bad")) {
      for (String id : outputs.get(m).keySet()) {
        String a = outputs.get(m).get(id).get("output").asString();
        String b = outputs.get("baseline").get(id).get("output").asString();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", m + "/" + id);
        p.put("item_id", id);
        p.put("instruction", outputs.get(m).get(id).get("instruction").asString());
        p.put("output_a", a);
        p.put("output_b", b);
        p.put("model_a", m);
        p.put("model_b", "baseline");
        p.put("length_a", a.length());
        p.put("length_b", b.length());
        pairs.add(Json.MAPPER.writeValueAsString(p));
      }
    }
    Path pairsFile = dir.resolve("pairs.jsonl");
    Files.write(pairsFile, pairs);
    Path judged = dir.resolve("judged");
    CliHarness j = CliHarness.run("judge", "--mode", "pairwise", "--model-config", config("judge").toString(), "--out", judged.toString(), "-q", pairsFile.toString());
    assertThat(j.exit()).as(j.err()).isZero();

    Path board = dir.resolve("board");
    CliHarness l = CliHarness.run("leaderboard", "--bootstrap", "100", "--out", board.toString(), "--json", judged.resolve("judgments.jsonl").toString());
    assertThat(l.exit()).as(l.err()).isZero();
    JsonNode s = Json.MAPPER.readTree(l.out());
    assertThat(s.get("baseline").asString()).isEqualTo("baseline");
    assertThat(s.get("rows").asInt()).isEqualTo(20);
    Map<String, JsonNode> models = new LinkedHashMap<>();
    s.get("models").forEach(m -> models.put(m.get("model").asString(), m));
    assertThat(models.keySet()).containsExactly("good", "baseline", "bad");
    // good: wins the 5 odd questions, the 5 even ones are position-biased, so ties by the swap rule
    JsonNode good = models.get("good").get("vs_baseline");
    assertThat(good.get("n_wins").asInt()).isEqualTo(5);
    assertThat(good.get("n_draws").asInt()).isEqualTo(5);
    assertThat(good.get("win_rate").asDouble()).isCloseTo(75.0, within(1e-9));
    // bad: loses the 5 even questions, both answers BAD on the odd ones: consistent ties
    JsonNode bad = models.get("bad").get("vs_baseline");
    assertThat(bad.get("n_wins_base").asInt()).isEqualTo(5);
    assertThat(bad.get("win_rate").asDouble()).isCloseTo(25.0, within(1e-9));
    assertThat(models.get("good").get("rating").asDouble()).isGreaterThan(models.get("bad").get("rating").asDouble());
    JsonNode c = s.get("judge_consistency");
    assertThat(c.get("pairs_both_orders").asInt()).isEqualTo(20);
    assertThat(c.get("first_position").asInt()).isEqualTo(5);
    assertThat(c.get("second_position").asInt()).isZero();
    assertThat(c.at("/flip_rate/flips").asInt()).isEqualTo(5);
    assertThat(c.at("/flip_rate/rate").asDouble()).isCloseTo(0.25, within(1e-12));
  }
}
