package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad pipeline files: each is refused before any step runs, with exit code 2 and a message naming
 * {@code file:line} of the step (or value) at fault and what to do.
 */
class PipelineErrorsTest {
  @TempDir Path dir;

  @BeforeEach
  void data() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/a.jsonl"), PipelineFixtures.chats("a", 3), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("qa.yaml"), "input: x\nout: y\nchecks: []\n", StandardCharsets.UTF_8);
  }

  private CliHarness run(String yaml) throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return CliHarness.run("run", file.toString());
  }

  private String at(int line) {
    return dir.resolve("pipeline.yaml").toAbsolutePath() + ":" + line + ": ";
  }

  @Test
  void aCycleIsNamedStepByStep() throws Exception {
    CliHarness r = run("""
        steps:
          first:
            command: validate
            args: ["${steps.third}/valid.jsonl"]
          second:
            command: validate
            args: ["${steps.first}/valid.jsonl"]
          third:
            command: validate
            args: ["${steps.second}/valid.jsonl"]
        """);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(at(2) + "the steps form a cycle: first -> third -> second -> first");
    assertThat(dir.resolve("pipeline.lock")).doesNotExist();
  }

  @Test
  void aReferenceToAStepThatDoesNotExistNamesTheLine() throws Exception {
    CliHarness r = run("""
        steps:
          qa:
            command: validate
            args:
              - data/a.jsonl
              - ${steps.clean}/valid.jsonl
        """);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(at(6) + "step 'qa': no step 'clean' produces ${steps.clean} (steps: qa)");
  }

  @Test
  void anInputNoStepProducesNamesTheLine() throws Exception {
    CliHarness r = run("""
        steps:
          va:
            command: validate
            args: [data/a.jsonl]
            out: out/va
          qb:
            command: qa
            params:
              config: qa.yaml
              input: out/vb/valid.jsonl
        """);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(at(10) + "step 'qb': input 'out/vb/valid.jsonl'")
        .contains("does not exist and no step of the pipeline writes it");
  }

  @Test
  void aMissingFileNamesTheLineOfTheStep() throws Exception {
    CliHarness r = run("""
        # data checks
        steps:
          va:
            command: validate
            args: [data/missing.jsonl]
            inputs: [data/*.jsonl]
        """);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(at(5) + "step 'va': input 'data/missing.jsonl' (" + dir.resolve("data/missing.jsonl").toAbsolutePath()
        + ") does not exist");
    CliHarness glob = run("steps:\n  va:\n    command: validate\n    args: [data/a.jsonl]\n    inputs: [other/*.jsonl]\n");
    assertThat(glob.err()).contains(at(5) + "step 'va': input 'other/*.jsonl' matches no file");
  }

  @Test
  void aPathInsideAnotherStepsOutputIsADependencyWithoutAReference() throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, """
        steps:
          second:
            command: validate
            args: [out/first/valid.jsonl]
            out: out/second
          first:
            command: validate
            args: [data/a.jsonl]
            out: out/first
        """, StandardCharsets.UTF_8);
    Pipeline p = PipelineFile.load(file);
    StepGraph g = StepGraph.of(p, StepArguments.resolve(p, dev.assay.cli.Main.commandLine()));
    assertThat(g.order()).containsExactly("first", "second");
    assertThat(g.downstream("first")).containsExactly("first", "second");
    assertThat(g.upstream("first")).containsExactly("first");
  }

  @Test
  void unknownCommandsOptionsAndKeysNameTheirLine() throws Exception {
    assertThat(run("steps:\n  a:\n    command: frobnicate\n").err())
        .contains(at(3) + "step 'a': 'frobnicate' is not an Assay command (").contains("validate");
    assertThat(run("steps:\n  a:\n    command: toxicity\n").err()).contains(at(3) + "step 'a': 'toxicity' needs a subcommand (");
    assertThat(run("steps:\n  a:\n    command: validate\n    args: [data/a.jsonl]\n    params:\n      schema: openai-chat\n      treads: 2\n").err())
        .contains(at(7) + "step 'a': assay validate has no option --treads (params: ").contains("threads");
    assertThat(run("steps:\n  a:\n    command: validate\n    output: x\n").err())
        .contains(at(4) + "step 'a': unknown key 'output' (a step has: command, args, params, inputs, out, outputs, description)");
    assertThat(run("steps:\n  a:\n    command: validate\n    args: [\"${env.HOME}\"]\n").err())
        .contains(at(4) + "step 'a': '${env.HOME}' is not a reference; write ${steps.NAME}");
    assertThat(run("steps:\n  a b:\n    command: validate\n").err()).contains(at(2) + "step name 'a b'");
    assertThat(run("stages:\n  a:\n    command: validate\n").err()).contains(at(1) + "unknown key 'stages'");
    assertThat(run("steps:\n  a:\n    command: validate\n   args: [x\n").err()).contains(dir.resolve("pipeline.yaml").toAbsolutePath() + ":")
        .contains("not valid YAML");
    assertThat(run("steps:\n  a:\n    command: validate\n    args: [data/a.jsonl]\n    params: {out: x}\n").err())
        .contains(at(5) + "step 'a': write the output as the step's 'out:', not as a param");
  }

  @Test
  void unknownStepsInForceFromAndUntilAreUsageErrors() throws Exception {
    Path file = dir.resolve("pipeline.yaml");
    Files.writeString(file, "steps:\n  a:\n    command: validate\n    args: [data/a.jsonl]\n", StandardCharsets.UTF_8);
    for (List<String> args : List.of(List.of("--force", "b"), List.of("--from", "b"), List.of("--until", "b"))) {
      CliHarness r = CliHarness.run("run", file.toString(), args.get(0), args.get(1));
      assertThat(r.exit()).as(args.toString()).isEqualTo(2);
      assertThat(r.err()).contains("no step named 'b' (steps: a)");
    }
    assertThat(CliHarness.run("run", file.toString(), "--jobs", "0").exit()).isEqualTo(2);
    assertThat(CliHarness.run("run", dir.resolve("nope.yaml").toString()).err()).contains("nope.yaml: no such pipeline file");
  }
}
