package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The pull-request gate: .github/workflows/assay-gate.yml runs the repository's composite action
 * (action.yml), which caches the Maven repository and the pipeline, runs the pipeline and gates its
 * run folders. Checks the structure of both files, that every {@code ./assay} command line they
 * hold names a command and options that exist, and runs the workflow's steps for real: the
 * quickstart, the pipeline (every step cached), and the gate file over the run folders.
 */
class CiWorkflowTest {
  private static final Path ROOT = root();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern INPUT = Pattern.compile("\\$\\{\\{\\s*inputs\\.([a-z-]+)\\s*}}");

  @Test
  void theWorkflowRunsTheCompositeActionOnPullRequests() throws Exception {
    JsonNode wf = YAML.readTree(Files.readString(ROOT.resolve(".github/workflows/assay-gate.yml")));
    assertThat(wf.has("on")).isTrue();
    assertThat(wf.get("on").has("pull_request")).isTrue();
    JsonNode steps = wf.get("jobs").get("gate").get("steps");
    assertThat(steps.get(0).get("uses").asString()).startsWith("actions/checkout@");
    JsonNode gate = null;
    for (JsonNode s : steps) {
      if ("./".equals(s.path("uses").asString())) {
        gate = s;
      }
    }
    assertThat(gate).as("a step uses ./ (action.yml)").isNotNull();
    JsonNode action = action();
    for (String name : gate.get("with").propertyNames()) {
      assertThat(action.get("inputs").has(name)).as("action.yml declares input " + name).isTrue();
    }
    for (String name : action.get("inputs").propertyNames()) {
      if (action.get("inputs").get(name).path("required").asBoolean(false)) {
        assertThat(gate.get("with").has(name)).as("the workflow gives required input " + name).isTrue();
      }
    }
    assertThat(Files.exists(ROOT.resolve(gate.get("with").get("gate-config").asString()))).isTrue();
  }

  @Test
  void theActionIsCompositeCachesMavenAndThePipelineAndFailsOnAFailedGate() throws Exception {
    JsonNode action = action();
    assertThat(action.get("runs").get("using").asString()).isEqualTo("composite");
    List<String> uses = new ArrayList<>();
    String cachePaths = "";
    String gateRun = "";
    for (JsonNode s : action.get("runs").get("steps")) {
      uses.add(s.path("uses").asString());
      if (s.path("uses").asString().startsWith("actions/setup-java@")) {
        assertThat(s.get("with").get("cache").asString()).isEqualTo("maven");
      }
      if (s.path("uses").asString().startsWith("actions/cache@")) {
        cachePaths = s.get("with").get("path").asString();
        assertThat(s.get("with").get("key").asString()).contains("hashFiles(inputs.pipeline)");
      }
      if (s.has("run")) {
        assertThat(s.path("shell").asString()).as("composite run steps need a shell").isEqualTo("bash");
        for (Matcher m = INPUT.matcher(s.get("run").asString() + s.path("env").toString() + s.path("if").asString()); m.find(); ) {
          assertThat(action.get("inputs").has(m.group(1))).as("input " + m.group(1)).isTrue();
        }
      }
      if ("gate".equals(s.path("id").asString())) {
        gateRun = s.get("run").asString();
      }
    }
    assertThat(uses).anyMatch(u -> u.startsWith("actions/setup-java@")).anyMatch(u -> u.startsWith("actions/cache@"))
        .anyMatch(u -> u.startsWith("actions/upload-artifact@"));
    assertThat(cachePaths).contains("~/.cache/assay").contains(".assay-pipeline-cache");
    assertThat(gateRun).contains("exit $code");
  }

  @Test
  void everyAssayCommandLineNamesACommandAndOptionsThatExist() throws Exception {
    List<String> lines = new ArrayList<>();
    for (JsonNode s : action().get("runs").get("steps")) {
      if (s.has("run")) {
        lines.addAll(commandLines(s.get("run").asString()));
      }
    }
    JsonNode wf = YAML.readTree(Files.readString(ROOT.resolve(".github/workflows/assay-gate.yml")));
    wf.get("jobs").get("gate").get("steps").forEach(s -> s.path("with").forEach(v -> lines.addAll(commandLines(v.asString()))));
    assertThat(lines).as("command lines found").hasSizeGreaterThanOrEqualTo(3);
    CommandLine root = Main.commandLine();
    for (String line : lines) {
      List<String> words = List.of(line.trim().split("\\s+"));
      CommandLine cl = root;
      int i = 1;
      while (i < words.size() && cl.getSubcommands().containsKey(words.get(i))) {
        cl = cl.getSubcommands().get(words.get(i));
        i++;
      }
      assertThat(cl).as(line).isNotSameAs(root);
      CommandSpec spec = cl.getCommandSpec();
      for (String w : words.subList(i, words.size())) {
        if (w.startsWith("--")) {
          String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
          assertThat(spec.findOption(name)).as(line + ": assay " + spec.qualifiedName() + " " + name).isNotNull();
        }
      }
    }
  }

  @Test
  void theWorkflowsStepsPassOnTheQuickstart(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("ci");
    assertThat(CliHarness.run("quickstart", "--out", out.toString(), "--quiet").exit()).isZero();
    CliHarness run = CliHarness.run("run", out.resolve("pipeline.yaml").toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("\"status\":\"ran\"").contains("\"cached\"");
    CliHarness gate = CliHarness.run("gate", "--config", ROOT.resolve("examples/ci/gate.yaml").toString(), "--out",
        dir.resolve("gate").toString(), out.toString());
    assertThat(gate.exit()).as(gate.err()).isZero();
    assertThat(dir.resolve("gate/junit.xml")).isNotEmptyFile();
    assertThat(dir.resolve("gate/gate.md")).isNotEmptyFile();
  }

  /** The {@code ./assay ...} invocations in a shell script, continuation lines joined, inputs as placeholders. */
  private static List<String> commandLines(String script) {
    List<String> out = new ArrayList<>();
    String joined = script.replace("\\\n", " ");
    for (String line : joined.split("\n")) {
      int at = line.indexOf("./assay ");
      if (at < 0 || line.trim().startsWith("#")) {
        continue;
      }
      String cmd = line.substring(at).split("\\s*(\\||&&|;|>|2>)\\s*")[0];
      out.add(INPUT.matcher(cmd).replaceAll("X"));
    }
    return out;
  }

  private static JsonNode action() throws Exception {
    return YAML.readTree(Files.readString(ROOT.resolve("action.yml")));
  }

  private static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("action.yml"))) {
      p = p.getParent();
    }
    assertThat(p).as("action.yml above the working directory").isNotNull();
    return p;
  }
}
