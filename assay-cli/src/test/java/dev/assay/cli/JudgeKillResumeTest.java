package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The resumability contract of {@code assay judge}: a run killed with SIGKILL in the middle and
 * started again completes, keeps every finished judgment, and asks the model again only for the
 * requests that were in flight at the moment of the kill.
 */
class JudgeKillResumeTest {

  @TempDir Path dir;

  @Test
  void aRunKilledMidwayResumesAndPaysOnlyForRequestsInFlight() throws Exception {
    int pairs = 60;
    int maxInFlight = 4;
    try (FakeLlmServer server = FakeLlmServer.start()
        .reply(JudgeCommandTest.FAIR)
        .latency(Duration.ofMillis(150))
        .requireApiKey("k-123")) {
      Path yaml = dir.resolve("judge.yaml");
      Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl()
          + "\nmodel: fake-judge\napi_key_env: ASSAY_KILL_TEST_KEY\ntimeout: 10s\n");
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < pairs; i++) {
        lines.add(Json.MAPPER.writeValueAsString(Map.of("id", "p" + i, "instruction", "Q" + i,
            "output_a", i % 2 == 0 ? "GOOD " + i : "BAD " + i, "output_b", i % 2 == 0 ? "BAD " + i : "GOOD " + i)));
      }
      Path in = dir.resolve("pairs.jsonl");
      Files.write(in, lines, StandardCharsets.UTF_8);
      Path out = dir.resolve("out");
      Path judgments = out.resolve("judgments.jsonl");

      String java = ProcessHandle.current().info().command().orElse("java");
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, "dev.assay.cli.Main", "judge",
          "--mode", "pairwise", "--model-config", yaml.toString(), "--max-in-flight", String.valueOf(maxInFlight),
          "--out", out.toString(), "--quiet", in.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("first-run.log").toFile());
      pb.environment().put("ASSAY_KILL_TEST_KEY", "k-123");
      Process first = pb.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (finishedLines(judgments) < 10 && System.nanoTime() < deadline && first.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(first.isAlive()).as("the first run should still be working: " + Files.readString(dir.resolve("first-run.log"))).isTrue();
      first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
      first.waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(400); // let the server finish counting what was in flight
      int askedBeforeKill = server.requestCount();
      long keptAfterKill = finishedLines(judgments);
      assertThat(keptAfterKill).isBetween(10L, (long) pairs - 1);

      // the second run, in-process, needs the key too: a local server needs none, so drop it
      Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-judge\ntimeout: 10s\n");
      server.requireApiKey(null);
      CliHarness second = CliHarness.run("judge", "--mode", "pairwise", "--model-config", yaml.toString(),
          "--max-in-flight", String.valueOf(maxInFlight), "--out", out.toString(), in.toString());
      assertThat(second.exit()).as(second.err()).isZero();

      List<String> result = Files.readAllLines(judgments);
      assertThat(result).hasSize(pairs);
      for (int i = 0; i < pairs; i++) {
        JsonNode j = Json.MAPPER.readTree(result.get(i));
        assertThat(j.get("id").asString()).isEqualTo("p" + i);
        assertThat(j.get("winner").asString()).isEqualTo(i % 2 == 0 ? "a" : "b");
      }
      int distinctRequests = 2 * pairs;
      int askedTwice = server.requestCount() - distinctRequests;
      assertThat(askedTwice).as("requests asked again = those in flight at the kill").isBetween(0, maxInFlight);
      JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
      assertThat(manifest.get("model_calls").asLong()).isEqualTo(server.requestCount() - askedBeforeKill);
      assertThat(manifest.at("/counts/resumed").asLong()).isEqualTo(keptAfterKill);
    }
  }

  private static long finishedLines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }
}
