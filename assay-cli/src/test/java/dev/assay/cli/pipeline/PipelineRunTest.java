package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's caching on real commands: exactly the steps whose inputs, configuration or outputs
 * changed run again; a step whose upstream ran again but wrote the same bytes stays cached;
 * {@code --force}, {@code --from}, {@code --until} and {@code --dry-run}; a failing step stops its
 * downstream steps only; a second run on a locked pipeline refuses.
 */
class PipelineRunTest {
  @TempDir Path dir;
  Path file;

  @BeforeEach
  void pipeline() throws Exception {
    file = PipelineFixtures.branches(dir);
    RunJson first = RunJson.run(file.toString());
    assertThat(first.exit()).as(first.cli().err()).isZero();
    assertThat(first.statuses()).containsExactly(Map.entry("va", "ran"), Map.entry("vb", "ran"), Map.entry("qb", "ran"));
    assertThat(dir.resolve("out/qb/kept.jsonl")).isNotEmptyFile();
  }

  private RunJson again(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = file.toString();
    System.arraycopy(args, 0, full, 1, args.length);
    RunJson r = RunJson.run(full);
    assertThat(r.exit()).as(r.cli().err()).isZero();
    return r;
  }

  @Test
  void anEditedInputRerunsExactlyTheStepsItReaches() throws Exception {
    Files.writeString(dir.resolve("data/a.jsonl"), "{\"id\":\"a9\",\"messages\":[{\"role\":\"user\",\"content\":\"Q?\"},"
        + "{\"role\":\"assistant\",\"content\":\"One more answer\"}]}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    RunJson r = again();
    assertThat(r.statuses()).containsExactly(Map.entry("va", "ran"), Map.entry("vb", "cached"), Map.entry("qb", "cached"));
    assertThat(r.step("va").get("reason").asString()).isEqualTo("input data/a.jsonl changed");

    Files.writeString(dir.resolve("data/b.jsonl"), "{\"id\":\"b9\",\"messages\":[{\"role\":\"user\",\"content\":\"Q?\"},"
        + "{\"role\":\"assistant\",\"content\":\"Another answer here\"}]}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    r = again();
    assertThat(r.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "ran"), Map.entry("qb", "ran"));
    assertThat(r.step("qb").get("reason").asString()).isEqualTo("input out/vb/valid.jsonl changed");

    // A record validate quarantines: vb runs again, its valid.jsonl is the same bytes, so qb stays cached.
    Files.writeString(dir.resolve("data/b.jsonl"), "{\"id\":\"broken\"\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    r = again();
    assertThat(r.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "ran"), Map.entry("qb", "cached"));
    assertThat(r.step("vb").get("exit_code").asInt()).isEqualTo(1);
  }

  @Test
  void aDeletedOrEditedOutputOrAChangedConfigurationRerunsTheStep() throws Exception {
    Files.delete(dir.resolve("out/qb/kept.jsonl"));
    RunJson r = again();
    assertThat(r.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "cached"), Map.entry("qb", "ran"));
    assertThat(r.step("qb").get("reason").asString()).isEqualTo("output out/qb/kept.jsonl missing");
    assertThat(dir.resolve("out/qb/kept.jsonl")).isNotEmptyFile();

    Files.writeString(dir.resolve("out/va/valid.jsonl"), "\n", StandardOpenOption.APPEND);
    assertThat(again().statuses()).containsExactly(Map.entry("va", "ran"), Map.entry("vb", "cached"), Map.entry("qb", "cached"));

    Files.writeString(dir.resolve("qa.yaml"), Files.readString(dir.resolve("qa.yaml")).replace("min_words: 2", "min_words: 3"));
    r = again();
    assertThat(r.statuses()).containsEntry("qb", "ran");
    assertThat(r.step("qb").get("reason").asString()).isEqualTo("input qa.yaml changed");

    Files.writeString(file, Files.readString(file).replace("schema: openai-chat", "schema: openai-chat\n      threads: 1"));
    r = again();
    assertThat(r.statuses()).containsEntry("va", "ran").containsEntry("vb", "ran").containsEntry("qb", "cached");
    assertThat(r.step("va").get("reason").asString()).startsWith("configuration changed (");
  }

  @Test
  void forceFromUntilAndDryRun() throws Exception {
    RunJson r = again("--force", "vb");
    assertThat(r.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "ran"), Map.entry("qb", "cached"));
    assertThat(r.step("vb").get("reason").asString()).isEqualTo("forced");

    r = again("--force-all", "--from", "vb");
    assertThat(r.statuses()).containsExactly(Map.entry("va", "skipped"), Map.entry("vb", "ran"), Map.entry("qb", "ran"));
    r = again("--force-all", "--until", "qb");
    assertThat(r.statuses()).containsExactly(Map.entry("va", "skipped"), Map.entry("vb", "ran"), Map.entry("qb", "ran"));
    r = again("--force-all", "--from", "vb", "--until", "vb");
    assertThat(r.statuses()).containsExactly(Map.entry("va", "skipped"), Map.entry("vb", "ran"), Map.entry("qb", "skipped"));

    String lock = Files.readString(dir.resolve("pipeline.lock"));
    Files.writeString(dir.resolve("data/b.jsonl"), "{\"id\":\"b7\",\"messages\":[{\"role\":\"user\",\"content\":\"Q?\"},"
        + "{\"role\":\"assistant\",\"content\":\"Yet another answer\"}]}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    r = again("--dry-run");
    assertThat(r.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "would run"), Map.entry("qb", "would run"));
    assertThat(r.step("vb").get("reason").asString()).isEqualTo("input data/b.jsonl changed");
    assertThat(r.step("qb").get("reason").asString()).startsWith("upstream step 'vb' would run");
    assertThat(Files.readString(dir.resolve("pipeline.lock"))).as("a dry run writes nothing").isEqualTo(lock);

    CliHarness human = CliHarness.run("run", file.toString(), "--dry-run");
    assertThat(human.exit()).isZero();
    assertThat(human.err()).containsPattern("run: vb +would run +input data/b.jsonl changed")
        .containsPattern("run: va +cached").contains("plan: 2 would run, 1 cached, 0 failed, 0 skipped");
  }

  @Test
  void aFailingStepSkipsItsDownstreamStepsAndKeepsTheRest() throws Exception {
    Files.writeString(file, Files.readString(file)
        + "  jb:\n    command: judge\n    args: [data/a.jsonl]\n    params: {judge: no-such-judge}\n    out: out/jb\n"
        + "  lb:\n    command: leaderboard\n    args: [\"${steps.jb}\"]\n    out: out/lb\n");
    CliHarness r = CliHarness.run("run", file.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    RunJson j = new RunJson(r, dev.assay.core.io.Json.MAPPER.readTree(r.out()));
    assertThat(j.statuses()).containsExactly(Map.entry("va", "cached"), Map.entry("vb", "cached"), Map.entry("qb", "cached"),
        Map.entry("jb", "failed"), Map.entry("lb", "skipped"));
    assertThat(j.step("jb").get("exit_code").asInt()).isEqualTo(2);
    assertThat(j.step("jb").get("reason").asString()).startsWith("exit code 2: ").contains("no-such-judge");
    assertThat(j.step("lb").get("reason").asString()).isEqualTo("upstream step 'jb' failed");
    assertThat(r.err()).contains("assay: step 'jb' failed: exit code 2").contains("not run: lb").contains("jb.log");
    assertThat(Files.readString(dir.resolve(".assay-run/logs/jb.log"))).contains("no-such-judge");
    assertThat(Files.readString(dir.resolve("pipeline.lock"))).doesNotContain("\"jb\"");
  }

  @Test
  void aStepReadingThePipelinesWholeFolderIsCachedWhenNothingChanged() throws Exception {
    Files.writeString(file, Files.readString(file)
        + "  all:\n    command: validate\n    args: [data/a.jsonl]\n    params: {schema: openai-chat}\n    inputs: [.]\n    out: out/all\n");
    assertThat(again().statuses()).containsEntry("all", "ran").containsEntry("va", "cached");
    assertThat(again().statuses().values()).as("its own output, the lock and .assay-run are not its inputs").containsOnly("cached");
    Files.writeString(dir.resolve("notes.txt"), "a new file in the folder");
    RunJson r = again();
    assertThat(r.statuses()).containsEntry("all", "ran").containsEntry("va", "cached");
    assertThat(r.step("all").get("reason").asString()).isEqualTo("new input notes.txt");
  }

  @Test
  void aSecondRunOfALockedPipelineRefusesNamingTheLock() throws Exception {
    Path lockFile = dir.resolve(".assay-run/lock");
    try (RunLock held = RunLock.acquire(lockFile)) {
      CliHarness r = CliHarness.run("run", file.toString());
      assertThat(r.exit()).isEqualTo(75);
      assertThat(r.err()).contains("another 'assay run' of this pipeline is running (it holds the lock " + lockFile.toAbsolutePath())
          .contains("pid " + ProcessHandle.current().pid());
    }
    assertThat(CliHarness.run("run", file.toString()).exit()).as("the lock is free again").isZero();
  }
}
