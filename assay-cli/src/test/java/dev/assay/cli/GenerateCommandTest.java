package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.SharedData;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay generate} against the local OpenAI-protocol server (real HTTP, no mocked client). */
class GenerateCommandTest {
  @TempDir Path dir;
  FakeLlmServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Path config() throws IOException {
    Path yaml = dir.resolve("model.yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-model\n"
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

  /** MT-Bench's 80 questions (shared/data/mt_bench, FastChat): turn 2 carries turn 1 and its answer. */
  @Test
  void mtBenchTwoTurnsWithContextAndResume() throws IOException {
    server = FakeLlmServer.start().reply(req -> {
      int n = req.json().path("messages").size();
      return FakeReply.text("answer after " + n + " messages").withUsage(10, 5);
    });
    Path out = dir.resolve("out");
    String[] args = {"generate", "--model-config", config().toString(), "--max-in-flight", "8", "--out", out.toString(), "--json",
        SharedData.path("mt_bench/question.jsonl").toString()};
    CliHarness r = CliHarness.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(server.requestCount()).isEqualTo(160);
    assertThat(server.peakConcurrent()).isLessThanOrEqualTo(8);
    List<JsonNode> outputs = lines(out.resolve("outputs.jsonl"));
    assertThat(outputs).hasSize(80);
    JsonNode first = outputs.get(0);
    assertThat(first.get("question_id").asInt()).isEqualTo(81);
    assertThat(first.get("category").asString()).isEqualTo("writing");
    assertThat(first.at("/outputs/0").asString()).isEqualTo("answer after 1 messages");
    assertThat(first.at("/outputs/1").asString()).isEqualTo("answer after 3 messages");
    assertThat(first.at("/choices/0/turns/1").asString()).isEqualTo("answer after 3 messages");
    assertThat(first.get("model_id").asString()).isEqualTo("fake-model");
    assertThat(first.get("input_tokens").asInt()).isEqualTo(20);
    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("model_calls").asInt()).isEqualTo(160);
    assertThat(m.at("/tokens/input").asInt()).isEqualTo(1600);
    assertThat(m.at("/counts/finished").asInt()).isEqualTo(80);
    // the request's conversation for turn 2: user, assistant (turn-1 answer), user
    assertThat(server.requests().stream().filter(q -> q.json().path("messages").size() == 3)
        .allMatch(q -> q.json().at("/messages/1/role").asString().equals("assistant")
            && q.json().at("/messages/1/content").asString().equals("answer after 1 messages"))).isTrue();

    CliHarness again = CliHarness.run(args);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(server.requestCount()).isEqualTo(160);
    JsonNode s = Json.MAPPER.readTree(again.out());
    assertThat(s.get("model_calls").asInt()).isZero();
    assertThat(s.get("resumed").asInt()).isEqualTo(80);
    assertThat(lines(out.resolve("outputs.jsonl"))).hasSize(80);
  }

  /** AlpacaEval-style JSON array without ids; a row without instruction is quarantined with its place. */
  @Test
  void instructionsWithoutIdsAndABadRow() throws IOException {
    server = FakeLlmServer.start().reply(req -> FakeReply.text("re: " + req.lastUserText()));
    Path set = dir.resolve("alpaca_eval.json");
    Files.writeString(set, "[\n{\"instruction\": \"Say hi\", \"dataset\": \"helpful_base\"},\n"
        + "{\"instruction\": \"Sum\", \"input\": \"2 and 2\"},\n{\"prompt\": \"no instruction\"},\n"
        + "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"Chat\"}]}\n]\n");
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run("generate", "--model-config", config().toString(), "--generator", "mine", "--out", out.toString(), "--json", set.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    List<JsonNode> outputs = lines(out.resolve("outputs.jsonl"));
    assertThat(outputs).extracting(o -> o.get("id").asInt()).containsExactly(1, 2, 4);
    assertThat(outputs.get(0).get("output").asString()).isEqualTo("re: Say hi");
    assertThat(outputs.get(0).get("generator").asString()).isEqualTo("mine");
    assertThat(outputs.get(0).get("dataset").asString()).isEqualTo("helpful_base");
    assertThat(outputs.get(1).get("output").asString()).isEqualTo("re: Sum\n\n2 and 2");
    assertThat(outputs.get(2).get("output").asString()).isEqualTo("re: Chat");
    List<JsonNode> q = lines(out.resolve("quarantine.jsonl"));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).toString()).contains("expected a field 'instruction'").contains(set + ":");
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("rows_in").asInt()).isEqualTo(4);
    assertThat(s.get("finished").asInt() + s.get("quarantined").asInt()).isEqualTo(4);
  }

  /** Every call fails (HTTP 500 after the retry): rows land in errors.jsonl, exit 1; a later run finishes them. */
  @Test
  void failingEndpointAccountsForEveryRowAndResumes() throws IOException {
    server = FakeLlmServer.start().reply(req -> FakeReply.text("fine"));
    for (int i = 0; i < 6; i++) {
      server.enqueue(Fault.status(500));
    }
    Path set = dir.resolve("set.jsonl");
    Files.write(set, List.of("{\"id\": \"a\", \"instruction\": \"one\"}", "{\"id\": \"b\", \"instruction\": \"two\"}",
        "{\"id\": \"c\", \"instruction\": \"three\"}"));
    Path out = dir.resolve("out");
    String[] args = {"generate", "--model-config", config().toString(), "--max-in-flight", "1", "--out", out.toString(), "--json", set.toString()};
    CliHarness r = CliHarness.run(args);
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("failed").asInt()).isEqualTo(3);
    assertThat(s.get("finished").asInt()).isZero();
    List<JsonNode> errors = lines(out.resolve("errors.jsonl"));
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("error").asString()).contains(":1: model call failed");
    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.get("status").asString()).isEqualTo("incomplete");

    CliHarness again = CliHarness.run(args);
    assertThat(again.exit()).as(again.err()).isZero();
    JsonNode s2 = Json.MAPPER.readTree(again.out());
    assertThat(s2.get("finished").asInt()).isEqualTo(3);
    assertThat(s2.get("model_calls").asInt()).isEqualTo(3);
    assertThat(lines(out.resolve("outputs.jsonl"))).extracting(o -> o.get("id").asString()).containsExactly("a", "b", "c");
  }
}
