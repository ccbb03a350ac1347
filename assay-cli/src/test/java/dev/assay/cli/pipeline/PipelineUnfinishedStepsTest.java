package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps whose exit code says "finished" but whose run did not: a judge whose model endpoint is dead
 * (its manifest says incomplete) fails the step and gets no lock entry, so the next run resumes it
 * instead of calling it cached; a gate whose assertion fails (exit 1) fails the step and skips what
 * follows it.
 */
class PipelineUnfinishedStepsTest {
  @TempDir Path dir;

  @Test
  void anIncompleteJudgeIsNotCachedAndTheNextRunResumesIt() throws Exception {
    FakeLlmServer server = FakeLlmServer.start().reply(req -> FakeReply.text("[[A]]"));
    int port = server.port();
    String baseUrl = server.openAiBaseUrl();
    server.close();
    Files.writeString(dir.resolve("judge.yaml"), "provider: openai\nbase_url: " + baseUrl + "\nmodel: fake-judge\n"
        + "max_retries: 0\nbackoff_initial: 10ms\nbackoff_max: 20ms\ntimeout: 2s\n");
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pairs.add(Json.MAPPER.writeValueAsString(Map.of("id", "p" + i, "instruction", "Q" + i, "output_a", "A" + i, "output_b", "B" + i, "model_a", "m1", "model_b", "m2")));
    }
    Files.write(dir.resolve("pairs.jsonl"), pairs);
    Files.writeString(dir.resolve("pipeline.yaml"), "steps:\n  judge:\n    command: judge\n    args: [pairs.jsonl]\n"
        + "    params: {model_config: judge.yaml}\n  board:\n    command: leaderboard\n    args: [\"${steps.judge}/judgments.jsonl\"]\n");

    RunJson dead = RunJson.run(dir.resolve("pipeline.yaml").toString());
    assertThat(dead.exit()).isEqualTo(1);
    assertThat(dead.statuses()).containsEntry("judge", "failed").containsEntry("board", "skipped");
    assertThat(dead.step("judge").get("reason").asString()).startsWith("incomplete: some rows failed");
    Path lock = dir.resolve("pipeline.lock");
    assertThat(!Files.exists(lock) || !Files.readString(lock).contains("\"judge\"")).as("no lock entry for judge").isTrue();

    try (FakeLlmServer alive = FakeLlmServer.start(port).reply(req -> FakeReply.text("[[A]]"))) {
      RunJson again = RunJson.run(dir.resolve("pipeline.yaml").toString());
      assertThat(again.exit()).as(again.cli().err()).isZero();
      assertThat(again.statuses()).containsEntry("judge", "ran").containsEntry("board", "ran");
      assertThat(alive.requestCount()).as("each pair judged in both orders, once").isEqualTo(6);
      assertThat(Files.readAllLines(dir.resolve("judge/judgments.jsonl"))).hasSize(3);
    }
    assertThat(RunJson.run(dir.resolve("pipeline.yaml").toString()).statuses().values()).containsOnly("cached");
  }

  @Test
  void aFailedGateFailsItsStepAndSkipsWhatFollows() throws Exception {
    Path pipeline = PipelineFixtures.branches(dir);
    Files.writeString(pipeline, Files.readString(pipeline) + "  gate:\n    command: gate\n    args: [\"${steps.qb}\"]\n"
        + "    params: {assert: \"qb.rejected_share <= 0.01\"}\n    out: out/gate\n"
        + "  after:\n    command: report\n    args: [\"${steps.gate}\"]\n    out: out/after.html\n");
    RunJson r = RunJson.run(pipeline.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.statuses()).containsEntry("qb", "ran").containsEntry("gate", "failed").containsEntry("after", "skipped");
    assertThat(r.step("gate").get("reason").asString()).startsWith("exit code 1");
  }
}
