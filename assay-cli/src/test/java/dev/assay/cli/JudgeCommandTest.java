package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import dev.assay.testkit.llm.Fault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The machine-checked contract of {@code assay judge --mode pairwise} (issue 6). */
class JudgeCommandTest {

  @TempDir Path dir;
  FakeLlmServer server;

  /**
   * A judge that prefers the answer containing GOOD wherever it is shown, says so in varied
   * words around the [[X]] marker, and calls a tie when neither is good.
   */
  static final Function<FakeRequest, FakeReply> FAIR = req -> {
    String text = req.lastUserText();
    int good = text.indexOf("GOOD");
    if (good < 0) {
      return FakeReply.text("Both answers miss the point equally. Final verdict: [[C]]");
    }
    int bad = text.indexOf("BAD");
    boolean goodShownFirst = bad < 0 || good < bad;
    return FakeReply.text(goodShownFirst
        ? "The first assistant is accurate while the second is not; I considered [[B]] too. My final verdict is [[A]]"
        : "**Assistant B** is clearly better.\n\n[[B]]");
  };

  @BeforeEach
  void start() {
    server = FakeLlmServer.start().reply(FAIR);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path config(String extra) throws Exception {
    Path yaml = dir.resolve("judge.yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-judge\n"
        + "max_retries: 1\nbackoff_initial: 10ms\nbackoff_max: 20ms\ntimeout: 5s\n" + extra);
    return yaml;
  }

  private Path pairs(int n) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String a = i % 3 == 0 ? "GOOD answer " + i : "BAD answer " + i;
      String b = i % 3 == 1 ? "GOOD answer " + i : "BAD reply " + i;
      lines.add(Json.MAPPER.writeValueAsString(Map.of(
          "id", "p" + i, "instruction", "Question " + i, "output_a", a, "output_b", b, "source", "unit")));
    }
    Path in = dir.resolve("pairs.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) {
      out.add(Json.MAPPER.readTree(l));
    }
    return out;
  }

  @Test
  void judgesBothOrdersAndWritesTheContractFiles() throws Exception {
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run("judge", "--mode", "pairwise", "--model-config", config("").toString(),
        "--max-in-flight", "4", "--out", out.toString(), pairs(9).toString());
    assertThat(r.exit()).as(r.err()).isZero();

    List<JsonNode> judgments = lines(out.resolve("judgments.jsonl"));
    assertThat(judgments).hasSize(9);
    for (int i = 0; i < 9; i++) {
      JsonNode j = judgments.get(i);
      assertThat(j.get("id").asString()).isEqualTo("p" + i);
      assertThat(j.get("winner").asString()).isEqualTo(i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "tie");
      assertThat(j.get("source").asString()).isEqualTo("unit");
      assertThat(j.get("verdict_ab").asString()).contains("[[");
      assertThat(j.get("verdict_ba").asString()).contains("[[");
      assertThat(j.has("output_a")).isFalse();
    }
    assertThat(server.requestCount()).isEqualTo(18);
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("model_calls").asLong()).isEqualTo(18);
    assertThat(manifest.get("cache_hits").asLong()).isZero();
    assertThat(manifest.get("status").asString()).isEqualTo("ok");
    assertThat(manifest.at("/counts/rows_in").asLong()).isEqualTo(9);

    CliHarness again = CliHarness.run("judge", "--mode", "pairwise", "--model-config", config("").toString(),
        "--out", out.toString(), dir.resolve("pairs.jsonl").toString(), "--json");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(server.requestCount()).as("a rerun makes no model call").isEqualTo(18);
    JsonNode rerun = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(rerun.get("model_calls").asLong()).isZero();
    assertThat(Json.MAPPER.readTree(again.out()).get("resumed").asLong()).isEqualTo(9);
    assertThat(lines(out.resolve("judgments.jsonl"))).isEqualTo(judgments);
  }

  @Test
  void aJudgeThatAlwaysPicksTheFirstPositionGetsTiesByTheSwapRule() throws Exception {
    server.reply(req -> FakeReply.text("[[A]]"));
    Path out = dir.resolve("biased");
    CliHarness r = CliHarness.run("judge", "--model-config", config("").toString(), "--out", out.toString(),
        pairs(3).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (JsonNode j : lines(out.resolve("judgments.jsonl"))) {
      assertThat(j.get("winner").asString()).isEqualTo("tie");
      assertThat(j.get("outcome").asString()).isEqualTo("inconsistent");
    }
  }

  @Test
  void rateLimitsAndServerErrorsAreRetriedAndCounted() throws Exception {
    server.enqueue(Fault.status(429).withRetryAfter("0"), Fault.status(500), Fault.malformed());
    Path out = dir.resolve("flaky");
    CliHarness r = CliHarness.run("judge", "--model-config", config("max_retries: 3\n").toString(),
        "--max-in-flight", "1", "--out", out.toString(), pairs(3).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(lines(out.resolve("judgments.jsonl"))).hasSize(3);
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("model_calls").asLong()).isEqualTo(6);
    assertThat(server.requestCount()).isEqualTo(9);
  }

  @Test
  void aDeadEndpointLosesNoRowAndTheNextRunFinishes() throws Exception {
    Path in = pairs(4);
    Path out = dir.resolve("dead");
    int port = server.port();
    server.close();
    CliHarness dead = CliHarness.run("judge", "--model-config", config("").toString(), "--out", out.toString(), in.toString());
    assertThat(dead.exit()).isEqualTo(1);
    assertThat(dead.err()).contains("4 failed").contains("errors.jsonl");
    List<JsonNode> errors = lines(out.resolve("errors.jsonl"));
    assertThat(errors).hasSize(4);
    assertThat(errors).allSatisfy(e -> assertThat(e.get("kind").asString()).isEqualTo("network"));
    assertThat(errors).anySatisfy(e -> assertThat(e.get("error").asString()).startsWith(in + ":1: model call failed"));
    assertThat(Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("status").asString()).isEqualTo("incomplete");

    server = FakeLlmServer.start(port).reply(FAIR);
    CliHarness alive = CliHarness.run("judge", "--model-config", config("").toString(), "--out", out.toString(), in.toString());
    assertThat(alive.exit()).as(alive.err()).isZero();
    assertThat(lines(out.resolve("judgments.jsonl"))).hasSize(4);
    assertThat(lines(out.resolve("errors.jsonl"))).isEmpty();
  }

  @Test
  void unusableRowsAreQuarantinedWithTheirLine() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\":1,\"instruction\":\"q\",\"output_a\":\"GOOD\",\"output_b\":\"BAD\"}\n"
        + "{\"id\":2,\"instruction\":\"q\",\"output_a\":3}\n{\"id\":3,\n");
    Path out = dir.resolve("q");
    CliHarness r = CliHarness.run("judge", "--model-config", config("").toString(), "--out", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<JsonNode> q = lines(out.resolve("quarantine.jsonl"));
    assertThat(q).hasSize(2);
    assertThat(q.get(0).get("error").asString()).isEqualTo(in + ":2: field 'output_a': expected a string, found number 3");
    assertThat(q.get(0).get("errors").size()).isEqualTo(2);
    assertThat(q.get(1).get("line").asLong()).isEqualTo(3);
    assertThat(lines(out.resolve("judgments.jsonl"))).hasSize(1);
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertThat(CliHarness.run("judge", "--model-config", dir.resolve("missing.yaml").toString(),
        "--out", dir.resolve("o").toString(), pairs(1).toString()).exit()).isEqualTo(2);
    assertThat(CliHarness.run("judge", "--model-config", config("").toString(),
        "--out", dir.resolve("o").toString(), dir.resolve("nope.jsonl").toString()).exit()).isEqualTo(2);
    CliHarness badKey = CliHarness.run("judge", "--model-config", config("api_key_env: ASSAY_SURELY_UNSET_KEY\n").toString(),
        "--out", dir.resolve("o").toString(), pairs(1).toString());
    assertThat(badKey.exit()).isEqualTo(2);
    assertThat(badKey.err()).contains("ASSAY_SURELY_UNSET_KEY");
  }

  @Test
  void singleModeGradesOneAndTwoTurnAnswers() throws Exception {
    server.reply(req -> FakeReply.text(req.lastUserText().contains("second turn answer")
        ? "Solid follow-up. Rating: [[9]]" : "The answer is fine.\n\nRating: [[7]]"));
    Path in = dir.resolve("answers.jsonl");
    Files.writeString(in, "{\"id\":\"s1\",\"instruction\":\"Name a prime.\",\"output\":\"7\",\"model\":\"m1\"}\n"
        + "{\"id\":\"s2\",\"turns\":[\"Write a haiku.\",\"Now shorter.\"],\"answers\":[\"first\",\"second turn answer\"],\"category\":\"writing\"}\n"
        + "{\"id\":\"s3\",\"turns\":[\"a\",\"b\"],\"answers\":[\"only one\"]}\n");
    Path out = dir.resolve("single");
    CliHarness r = CliHarness.run("judge", "--mode", "single", "--model-config", config("").toString(),
        "--out", out.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1); // s3 is quarantined
    List<JsonNode> grades = lines(out.resolve("judgments.jsonl"));
    assertThat(grades).hasSize(2);
    assertThat(grades.get(0).get("score").asDouble()).isEqualTo(7.0);
    assertThat(grades.get(0).get("model").asString()).isEqualTo("m1");
    assertThat(grades.get(1).get("score").asDouble()).isEqualTo(9.0);
    assertThat(grades.get(1).get("category").asString()).isEqualTo("writing");
    assertThat(lines(out.resolve("quarantine.jsonl")).get(0).get("error").asString())
        .isEqualTo(in + ":3: field 'answers': expected one answer per turn (2), found 1");
  }

  @Test
  void rubricModeGradesEveryCriterion() throws Exception {
    server.reply(req -> FakeReply.text("Reasoning first. Rating: [[3]]")); // inside every default scale
    Path in = dir.resolve("answers.jsonl");
    Files.writeString(in, "{\"id\":\"r1\",\"instruction\":\"Explain rain.\",\"output\":\"Water condenses and falls.\"}\n");
    Path out = dir.resolve("rubric");
    CliHarness r = CliHarness.run("judge", "--mode", "rubric", "--model-config", config("").toString(),
        "--out", out.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode g = lines(out.resolve("judgments.jsonl")).get(0);
    assertThat(g.get("criteria").propertyNames()).contains("helpfulness", "coherence");
    assertThat(g.get("criteria").get("helpfulness").get("score").asDouble()).isEqualTo(3.0);
    assertThat(g.get("overall").isNumber()).isTrue();
    assertThat(server.requestCount()).isEqualTo(g.get("criteria").size());
  }

  @Test
  void aJudgeOfTheWrongKindIsAUsageError() throws Exception {
    CliHarness r = CliHarness.run("judge", "--mode", "pairwise", "--judge", "single", "--model-config",
        config("").toString(), "--out", dir.resolve("o").toString(), pairs(1).toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'single' is a single judge, not a pairwise one");
  }

  @Test
  void fastChatsOwnPairwisePromptLoadsAsIsFromItsJsonl() throws Exception {
    Path prompts = dev.assay.testkit.SharedData.path("mt_bench/judge_prompts.jsonl");
    Path out = dir.resolve("fastchat");
    CliHarness r = CliHarness.run("judge", "--model-config", config("").toString(),
        "--prompt", prompts + "#pair-v2", "--out", out.toString(), pairs(3).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> j = lines(out.resolve("judgments.jsonl"));
    assertThat(j).extracting(n -> n.get("winner").asString()).containsExactly("a", "b", "tie");
    assertThat(server.requests()).hasSize(6).allSatisfy(q -> assertThat(q.allText()).contains("\"[[C]]\" for a tie"))
        .anySatisfy(q -> assertThat(q.allText()).contains("[User Question]\nQuestion 0"));
    JsonNode judge = Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("components").get(0);
    assertThat(judge.at("/config/prompt").asString()).endsWith("#pair-v2");
    assertThat(judge.at("/config/prompt_sha256").asString()).hasSize(64);
  }

  @Test
  void judgeParametersComeFromTheCommandLine() throws Exception {
    Path out = dir.resolve("sc");
    CliHarness r = CliHarness.run("judge", "--model-config", config("").toString(), "--judge-param", "samples=3",
        "--judge-param", "temperature=0.7", "--out", out.toString(), pairs(2).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(server.requestCount()).as("3 samples x 2 orders x 2 pairs").isEqualTo(12);
    JsonNode first = lines(out.resolve("judgments.jsonl")).get(0);
    assertThat(first.get("winner").asString()).isEqualTo("a");
    assertThat(first.at("/order_ab/agreement").asDouble()).isEqualTo(1.0);

    CliHarness bad = CliHarness.run("judge", "--model-config", config("").toString(), "--judge-param", "colour=blue",
        "--out", dir.resolve("bad").toString(), pairs(1).toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown parameter 'colour'");
  }

  @Test
  void theOfflineRewardModelJudgeNeedsNoModelConfig() throws Exception {
    Path in = dir.resolve("rm.jsonl");
    Files.writeString(in, "{\"id\":\"r1\",\"instruction\":\"How do I boil an egg?\","
        + "\"output_a\":\"Put the egg in boiling water for about nine minutes, then cool it in cold water.\","
        + "\"output_b\":\"No.\"}\n");
    Path out = dir.resolve("rm");
    CliHarness r = CliHarness.run("judge", "--judge", "reward-model", "--out", out.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = lines(out.resolve("judgments.jsonl")).get(0);
    assertThat(j.get("judge").asString()).isEqualTo("reward-model");
    assertThat(j.get("winner").asString()).isIn("a", "b", "tie"); // its quality is reward-model.md's business
    assertThat(j.get("preference").asDouble()).isBetween(1.0, 2.0);
    assertThat(j.get("verdict_ab").asString()).contains("reward_a").contains("reward_b");
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("model_calls").asLong()).isZero();
    assertThat(server.requestCount()).isZero();
    assertThat(CliHarness.run("judge", "--out", dir.resolve("x").toString(), in.toString()).err())
        .contains("judge 'pairwise' asks a chat model: give its config (--model-config)");
  }
}
