package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.io.Json;
import dev.assay.testkit.SharedData;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The two chains people run, through the CLI in-process against the local OpenAI-protocol server
 * (real HTTP): each step reads only the previous step's output folder.
 *
 * <p>The server plays three models by the request's {@code model}: "model-x" answers
 * "X-answer ...", "model-y" and "model-ref" answer "Y-answer ..." / "R-answer ...", and "judge"
 * grades 8 an answer of X and 4 any other, and in a pair prefers whichever position holds X's
 * answer, except for the instruction containing "coin" where it always names the first position
 * (so the two orders disagree and the pair is a tie).
 */
class ChainsEndToEndTest {
  @TempDir Path dir;
  FakeLlmServer server;

  @BeforeEach
  void start() {
    server = FakeLlmServer.start().reply(ChainsEndToEndTest::answer);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static FakeReply answer(FakeRequest req) {
    String model = req.model();
    if (!model.equals("judge")) {
      int turn = (req.json().path("messages").size() + 1) / 2;
      String who = model.equals("model-x") ? "X" : model.equals("model-y") ? "Y" : "R";
      String q = req.lastUserText();
      return FakeReply.text(who + "-answer turn " + turn + " to: " + q.substring(0, Math.min(30, q.length())));
    }
    String text = req.allText();
    if (text.contains("[[A]]")) {
      String user = req.lastUserText();
      if (user.contains("coin")) {
        return FakeReply.text("The first one. [[A]]");
      }
      int x = user.indexOf("X-answer");
      int r = user.indexOf("R-answer");
      return FakeReply.text(x >= 0 && (r < 0 || x < r) ? "A is better. [[A]]" : "B is better. [[B]]");
    }
    // single grading: the answer being graded is the last assistant line of the prompt
    String user = req.lastUserText();
    return FakeReply.text(user.contains("X-answer") ? "Good. Rating: [[8]]" : "Weak. Rating: [[4]]");
  }

  private Path config(String model) throws IOException {
    Path yaml = dir.resolve(model + ".yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: " + model + "\n"
        + "max_retries: 1\nbackoff_initial: 5ms\nbackoff_max: 10ms\ntimeout: 5s\n");
    return yaml;
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

  private static CliHarness ok(String... args) {
    CliHarness r = CliHarness.run(args);
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err() + r.out()).isZero();
    return r;
  }

  private List<FakeRequest> judgeRequests(Predicate<String> prompt) {
    return server.requests().stream().filter(q -> q.model().equals("judge") && prompt.test(q.lastUserText())).toList();
  }

  /**
   * MT-Bench (FastChat's questions 81 writing, 101 reasoning, 111 math from shared/data/mt_bench):
   * generate two models, judge --mode single on each generate run folder, eval mtbench on the
   * judge run folders.
   */
  @Test
  void mtBenchGenerateJudgeSingleEval() throws IOException {
    Set<Integer> picked = Set.of(81, 101, 111);
    List<String> questionLines = Files.readAllLines(SharedData.path("mt_bench/question.jsonl")).stream()
        .filter(l -> !l.isBlank() && picked.contains(Json.MAPPER.readTree(l).get("question_id").asInt())).toList();
    Path questions = dir.resolve("question.jsonl");
    Files.write(questions, questionLines);
    JsonNode math = Json.MAPPER.readTree(questionLines.stream().filter(l -> l.contains("\"math\"")).findFirst().orElseThrow());

    for (String m : List.of("model-x", "model-y")) {
      ok("generate", "--model-config", config(m).toString(), "--out", dir.resolve("gen-" + m).toString(), questions.toString());
      ok("judge", "--mode", "single", "--model-config", config("judge").toString(), "--out", dir.resolve("judge-" + m).toString(),
          dir.resolve("gen-" + m).toString());
    }
    List<JsonNode> grades = lines(dir.resolve("judge-model-x/judgments.jsonl"));
    assertThat(grades).extracting(g -> g.get("id").asString())
        .containsExactly("81#1", "81#2", "101#1", "101#2", "111#1", "111#2");
    assertThat(grades).allSatisfy(g -> {
      assertThat(g.get("model").asString()).isEqualTo("model-x");
      assertThat(g.get("score").asDouble()).isEqualTo(8.0);
    });
    assertThat(grades).extracting(g -> g.get("turn").asInt()).containsExactly(1, 2, 1, 2, 1, 2);
    assertThat(grades).filteredOn(g -> g.get("category").asString().equals("writing"))
        .allSatisfy(g -> assertThat(g.has("reference_used")).isFalse())
        .extracting(g -> g.get("judge").asString()).containsOnly("single");
    assertThat(grades).filteredOn(g -> Set.of("math", "reasoning").contains(g.get("category").asString()))
        .hasSize(4)
        .allSatisfy(g -> assertThat(g.get("reference_used").asBoolean()).isTrue())
        .extracting(g -> g.get("judge").asString()).containsOnly("single-reference");

    // the math question's references reached the judge: turn 1 the first, turn 2 both, with turn 1 in context
    String mathQ1 = math.at("/turns/0").asString();
    String mathQ2 = math.at("/turns/1").asString();
    List<FakeRequest> mathTurn1 = judgeRequests(p -> p.contains(mathQ1) && !p.contains(mathQ2));
    List<FakeRequest> mathTurn2 = judgeRequests(p -> p.contains(mathQ1) && p.contains(mathQ2));
    assertThat(mathTurn1).hasSize(2).allSatisfy(q -> assertThat(q.lastUserText()).contains(math.at("/reference/0").asString()));
    assertThat(mathTurn2).hasSize(2).allSatisfy(q -> assertThat(q.lastUserText())
        .contains(math.at("/reference/0").asString()).contains(math.at("/reference/1").asString())
        .contains("turn 1 to:").contains("turn 2 to:"));
    // the writing question was graded without a reference
    String writingQ1 = Json.MAPPER.readTree(questionLines.get(0)).at("/turns/0").asString();
    assertThat(judgeRequests(p -> p.contains(writingQ1))).hasSize(4)
        .allSatisfy(q -> assertThat(q.allText()).doesNotContain("Reference"));

    CliHarness eval = ok("eval", "mtbench", "--questions", questions.toString(), "--out", dir.resolve("mt").toString(), "--json",
        dir.resolve("judge-model-x").toString(), dir.resolve("judge-model-y").toString());
    JsonNode scores = Json.MAPPER.readTree(dir.resolve("mt/scores.json").toFile());
    Map<String, JsonNode> byModel = new java.util.HashMap<>();
    scores.get("single").forEach(s -> byModel.put(s.get("model").asString(), s));
    assertThat(byModel.get("model-x").get("score").asDouble()).isEqualTo(8.0);
    assertThat(byModel.get("model-y").get("score").asDouble()).isEqualTo(4.0);
    assertThat(byModel.get("model-x").at("/by_turn/1").asDouble()).isEqualTo(8.0);
    assertThat(byModel.get("model-x").at("/by_turn/2").asDouble()).isEqualTo(8.0);
    assertThat(byModel.get("model-x").get("graded").asInt()).isEqualTo(6);
    assertThat(byModel.get("model-y").at("/by_category/math").asDouble()).isEqualTo(4.0);
    assertThat(Json.MAPPER.readTree(eval.out()).get("judgments").asInt()).isEqualTo(12);
  }

  /**
   * AlpacaEval-style pairwise: generate model X and the reference on instructions without ids,
   * pair, judge pairwise (both orders), leaderboard against the reference, report.
   */
  @Test
  void alpacaStyleGeneratePairJudgeLeaderboardReport() throws IOException {
    Path set = dir.resolve("instructions.json");
    Files.writeString(set, "[{\"instruction\": \"Name a prime number.\"}, {\"instruction\": \"Say hello in French.\"},"
        + " {\"instruction\": \"Toss a coin and report.\"}, {\"instruction\": \"Give a synonym of big.\"},"
        + " {\"instruction\": \"Count to three.\"}]");
    ok("generate", "--model-config", config("model-x").toString(), "--out", dir.resolve("gen-x").toString(), set.toString());
    ok("generate", "--model-config", config("model-ref").toString(), "--out", dir.resolve("gen-ref").toString(), set.toString());

    CliHarness pair = ok("pair", "--reference", dir.resolve("gen-ref").toString(), "--out", dir.resolve("pairs").toString(), "--json",
        dir.resolve("gen-x").toString());
    JsonNode ps = Json.MAPPER.readTree(pair.out());
    assertThat(ps.get("pairs").asInt()).isEqualTo(5);
    assertThat(ps.get("unmatched").asInt()).isZero();
    List<JsonNode> pairs = lines(dir.resolve("pairs/pairs.jsonl"));
    assertThat(pairs).extracting(p -> p.get("id").asString())
        .containsExactly("model-x/1", "model-x/2", "model-x/3", "model-x/4", "model-x/5");
    assertThat(pairs).allSatisfy(p -> {
      assertThat(p.get("output_a").asString()).startsWith("X-answer").contains(p.get("instruction").asString().substring(0, 10));
      assertThat(p.get("output_b").asString()).startsWith("R-answer").contains(p.get("instruction").asString().substring(0, 10));
      assertThat(p.get("model_a").asString()).isEqualTo("model-x");
      assertThat(p.get("model_b").asString()).isEqualTo("model-ref");
    });
    JsonNode pm = Json.MAPPER.readTree(dir.resolve("pairs/manifest.json").toFile());
    assertThat(pm.get("command").asString()).isEqualTo("pair");
    assertThat(pm.at("/unmatched/model-x/pairs").asInt()).isEqualTo(5);

    ok("judge", "--mode", "pairwise", "--model-config", config("judge").toString(), "--out", dir.resolve("judge").toString(),
        dir.resolve("pairs").toString());
    List<JsonNode> judgments = lines(dir.resolve("judge/judgments.jsonl"));
    assertThat(judgments).hasSize(5);
    assertThat(judgeRequests(p -> true)).hasSize(10); // both orders of every pair
    Map<String, String> winners = judgments.stream()
        .collect(Collectors.toMap(j -> j.get("id").asString(), j -> j.get("winner").asString()));
    assertThat(winners).containsEntry("model-x/3", "tie");
    assertThat(winners.values().stream().filter("a"::equals).count()).isEqualTo(4);
    assertThat(judgments).allSatisfy(j -> assertThat(j.get("model_a").asString()).isEqualTo("model-x"));

    ok("leaderboard", "--baseline", "model-ref", "--bootstrap", "50", "--out", dir.resolve("board").toString(),
        dir.resolve("judge").toString());
    JsonNode board = Json.MAPPER.readTree(dir.resolve("board/leaderboard.json").toFile());
    JsonNode x = null;
    for (JsonNode m : board.get("models")) {
      if (m.get("model").asString().equals("model-x")) {
        x = m;
      }
    }
    assertThat(x).isNotNull();
    // 4 wins and 1 tie (half a win) of 5
    assertThat(x.at("/vs_baseline/win_rate").asDouble()).isCloseTo(90.0, within(1e-9));
    assertThat(x.at("/vs_baseline/n_wins").asInt()).isEqualTo(4);
    assertThat(x.at("/vs_baseline/n_draws").asInt()).isEqualTo(1);
    assertThat(board.get("judged").asInt()).isEqualTo(5);
    assertThat(board.at("/judge_consistency/flip_rate").isMissingNode()).isFalse();

    Path html = dir.resolve("report.html");
    ok("report", dir.resolve("board").toString(), dir.resolve("judge").toString(), "--out-file", html.toString());
    assertThat(Files.readString(html)).contains("model-x").contains("model-ref");
  }

  /**
   * MT-Bench pairwise (questions 81 and 111 of shared/data/mt_bench): pair gives one pair per turn,
   * and judge shows turn 2 with both conversations (the multi-turn prompt).
   */
  @Test
  void mtBenchPairsAreJudgedTurnByTurn() throws IOException {
    List<String> questionLines = Files.readAllLines(SharedData.path("mt_bench/question.jsonl")).stream()
        .filter(l -> !l.isBlank() && Set.of(81, 111).contains(Json.MAPPER.readTree(l).get("question_id").asInt())).toList();
    Path questions = dir.resolve("question.jsonl");
    Files.write(questions, questionLines);
    ok("generate", "--model-config", config("model-x").toString(), "--out", dir.resolve("gen-x").toString(), questions.toString());
    ok("generate", "--model-config", config("model-ref").toString(), "--out", dir.resolve("gen-ref").toString(), questions.toString());
    ok("pair", "--reference", dir.resolve("gen-ref").toString(), "--out", dir.resolve("pairs").toString(), dir.resolve("gen-x").toString());
    assertThat(lines(dir.resolve("pairs/pairs.jsonl"))).extracting(p -> p.get("id").asString())
        .containsExactly("model-x/81#1", "model-x/81#2", "model-x/111#1", "model-x/111#2");
    ok("judge", "--model-config", config("judge").toString(), "--out", dir.resolve("judge").toString(), dir.resolve("pairs").toString());
    List<JsonNode> judgments = lines(dir.resolve("judge/judgments.jsonl"));
    assertThat(judgments).extracting(j -> j.get("winner").asString()).containsOnly("a");
    assertThat(judgments).extracting(j -> j.get("turn").asInt()).containsExactly(1, 2, 1, 2);
    String q2 = Json.MAPPER.readTree(questionLines.get(0)).at("/turns/1").asString();
    List<FakeRequest> turn2 = judgeRequests(p -> p.contains(q2));
    assertThat(turn2).hasSize(2).allSatisfy(q -> assertThat(q.lastUserText())
        .contains("X-answer turn 1").contains("R-answer turn 1").contains("X-answer turn 2").contains("R-answer turn 2"));
    ok("leaderboard", "--baseline", "model-ref", "--bootstrap", "20", "--out", dir.resolve("board").toString(), dir.resolve("judge").toString());
    JsonNode board = Json.MAPPER.readTree(dir.resolve("board/leaderboard.json").toFile());
    assertThat(board.get("judged").asInt()).isEqualTo(4);
  }
}
