package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay run} as a separate process, killed with SIGKILL at several moments (before any step,
 * while the judge is half-way, while it is nearly done): the lock file is always whole, every step
 * it holds is {@code cached} on the next run, the judge resumes from its journal (the model is asked
 * again only for what was in flight), and the final outputs are complete. A run started while
 * another holds the pipeline refuses, naming the lock and the process.
 */
class PipelineKillTest {
  private static final int PAIRS = 40;
  private static final int IN_FLIGHT = 4;

  /** Prefers the answer that says GOOD, in either position. */
  private static final Function<FakeRequest, FakeReply> FAIR = req -> {
    String text = req.lastUserText();
    int good = text.indexOf("GOOD");
    int bad = text.indexOf("BAD");
    return FakeReply.text(good >= 0 && (bad < 0 || good < bad) ? "My final verdict is [[A]]" : "My final verdict is [[B]]");
  };

  @TempDir Path dir;
  FakeLlmServer server;
  Path file;

  @BeforeEach
  void pipeline() throws Exception {
    server = FakeLlmServer.start().reply(FAIR).latency(Duration.ofMillis(120));
    PipelineFixtures.branches(dir);
    Files.writeString(dir.resolve("judge.yaml"), "provider: openai\nbase_url: " + server.openAiBaseUrl()
        + "\nmodel: fake-judge\ntimeout: 10s\n", StandardCharsets.UTF_8);
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      pairs.add(Json.MAPPER.writeValueAsString(Map.of("id", "p" + i, "instruction", "Q" + i,
          "output_a", i % 2 == 0 ? "GOOD " + i : "BAD " + i, "output_b", i % 2 == 0 ? "BAD " + i : "GOOD " + i,
          "model_a", i % 2 == 0 ? "good" : "bad", "model_b", i % 2 == 0 ? "bad" : "good")));
    }
    Files.write(dir.resolve("data/pairs.jsonl"), pairs, StandardCharsets.UTF_8);
    file = dir.resolve("pipeline.yaml");
    Files.writeString(file, Files.readString(file)
        + "  judge:\n    command: judge\n    args: [data/pairs.jsonl]\n"
        + "    params: {model_config: judge.yaml, max_in_flight: " + IN_FLIGHT + "}\n    out: out/judge\n"
        + "  board:\n    command: leaderboard\n    args: [\"${steps.judge}\"]\n    params: {bootstrap: 100}\n    out: out/board\n",
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Process start(String log, String... extra) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", classpath, "dev.assay.cli.Main", "run", file.toString()));
    cmd.addAll(List.of(extra));
    return new ProcessBuilder(cmd).redirectError(dir.resolve(log + ".err").toFile())
        .redirectOutput(dir.resolve(log + ".out").toFile()).start();
  }

  private static void waitFor(BooleanSupplier condition, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private long judged() {
    try {
      Path f = dir.resolve("out/judge/judgments.jsonl");
      return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> l.endsWith("}")).count() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Kills {@code p} with SIGKILL and returns the steps the lock file holds (it must read whole). */
  private Set<String> kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return LockFile.read(dir.resolve("pipeline.lock")).entries().keySet();
  }

  @Test
  void aRunKilledAtSeveralMomentsKeepsFinishedStepsAndCompletesOnTheNextRun() throws Exception {
    Set<String> kept = new HashSet<>();

    Process early = start("kill-0");
    Thread.sleep(300);
    kept.addAll(kill(early));

    Process halfway = start("kill-1");
    waitFor(() -> judged() >= PAIRS / 4, halfway);
    assertThat(halfway.isAlive()).as("still judging").isTrue();
    kept.addAll(kill(halfway));
    assertThat(kept).as("the validate steps finish long before the judge").contains("va", "vb");
    long beforeSecondKill = judged();

    Process late = start("kill-2");
    waitFor(() -> judged() >= beforeSecondKill + PAIRS / 4, late);
    kept.addAll(kill(late));
    assertThat(kept).doesNotContain("board");

    Process last = start("final", "--json");
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("final.err"))).isZero();
    JsonNode j = Json.MAPPER.readTree(Files.readString(dir.resolve("final.out")));
    RunJson r = new RunJson(new CliHarness(0, "", ""), j);
    for (String step : kept) {
      assertThat(r.statuses().get(step)).as(step + " finished before a kill").isEqualTo("cached");
    }
    assertThat(r.statuses().get("board")).isEqualTo("ran");
    assertThat(r.statuses().values()).allMatch(s -> s.equals("ran") || s.equals("cached"));

    List<String> lines = Files.readAllLines(dir.resolve("out/judge/judgments.jsonl"));
    Set<String> ids = new HashSet<>();
    for (String l : lines) {
      ids.add(Json.MAPPER.readTree(l).get("id").asString());
    }
    assertThat(ids).hasSize(PAIRS);
    assertThat(lines).hasSize(PAIRS);
    // Two requests per pair (both orders); at most the requests in flight at each kill are asked again.
    assertThat(server.requestCount()).isLessThanOrEqualTo(2 * PAIRS + 3 * 2 * IN_FLIGHT);
    assertThat(dir.resolve("out/board/leaderboard.json")).isNotEmptyFile();

    RunJson again = RunJson.run(file.toString());
    assertThat(again.statuses().values()).containsOnly("cached").hasSize(5);
  }

  @Test
  void aSecondRunWhileTheFirstIsRunningRefusesNamingTheLock() throws Exception {
    Process first = start("first");
    Path lock = dir.resolve(".assay-run/lock");
    String holder = "pid " + first.pid();
    waitFor(() -> {
      try {
        return Files.exists(lock) && Files.readString(lock).contains(holder);
      } catch (IOException e) {
        return false;
      }
    }, first);
    assertThat(first.isAlive()).isTrue();
    CliHarness second = CliHarness.run("run", file.toString());
    assertThat(second.exit()).isEqualTo(75);
    assertThat(second.err()).contains("it holds the lock " + lock.toAbsolutePath()).contains(holder);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.err"))).isZero();
    assertThat(CliHarness.run("run", file.toString()).exit()).isZero();
  }
}
