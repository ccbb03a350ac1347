package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --json} and {@code --quiet} mean the same on every command, run for real through {@link
 * Main}: {@code --json} prints exactly one JSON object on stdout (the result), {@code --quiet}
 * prints nothing at all when nothing goes wrong; without either, people get a short summary.
 */
class OutputOptionsTest {
  @TempDir Path dir;

  private static JsonNode oneJsonObject(CliHarness r) {
    String text = r.out().strip();
    assertThat(text).as("stdout").isNotEmpty().doesNotContain("\n");
    JsonNode node = Json.MAPPER.readTree(text);
    assertThat(node.isObject()).isTrue();
    return node;
  }

  private static void silent(CliHarness r, int exit) {
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    assertThat(r.out()).as("stdout with --quiet").isEmpty();
    assertThat(r.err()).as("stderr with --quiet").isEmpty();
  }

  private static CliHarness run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return CliHarness.run(all.toArray(String[]::new));
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void validate() throws Exception {
    Path in = write("in.jsonl", "{\"instruction\":\"a\",\"output\":\"b\"}\n{\"instruction\":\"a\"}\n");
    List<String> cmd = List.of("validate", "--schema", "alpaca", in.toString());
    JsonNode j = oneJsonObject(run(cmd, "--out", dir.resolve("j").toString(), "--json"));
    assertThat(j.get("valid").asInt()).isEqualTo(1);
    assertThat(j.get("quarantined").asInt()).isEqualTo(1);
    silent(run(cmd, "--out", dir.resolve("q").toString(), "--quiet"), ExitCode.DATA_REJECTED);
    assertThat(dir.resolve("q/manifest.json")).exists();
    CliHarness human = run(cmd, "--out", dir.resolve("h").toString());
    assertThat(human.out()).isEmpty();
    assertThat(human.err()).contains("2 records: 1 valid, 1 quarantined");
  }

  @Test
  void qa() throws Exception {
    Path in = write("qa.jsonl", "{\"text\":\"hello there, a fine sentence\"}\n{\"text\":\"\"}\n");
    Path config = write("p.yaml", "input: " + in + "\nfield: text\nout: " + dir.resolve("unused") + "\nchecks:\n  - name: empty\n");
    List<String> cmd = List.of("qa", "--config", config.toString());
    JsonNode j = oneJsonObject(run(cmd, "--out", dir.resolve("j").toString(), "--json"));
    assertThat(j.get("records_in").asInt()).isEqualTo(2);
    assertThat(j.get("kept").asInt()).isEqualTo(1);
    assertThat(j.get("rejected").asInt()).isEqualTo(1);
    silent(run(cmd, "--out", dir.resolve("q").toString(), "--quiet"), ExitCode.DATA_REJECTED);
    assertThat(dir.resolve("q/kept.jsonl")).exists();
    CliHarness checks = CliHarness.run("qa", "--list-checks", "--json");
    assertThat(oneJsonObject(checks).has("minhash_dedup")).isTrue();
    assertThat(CliHarness.run("qa", "--list-checks").out()).contains("minhash_dedup:").contains("  kind: dataset");
    silent(CliHarness.run("qa", "--list-checks", "--quiet"), ExitCode.OK);
  }

  @Test
  void dedup() throws Exception {
    Path in = write("d.jsonl", "{\"text\":\"same\"}\n{\"text\":\"same\"}\n{\"text\":\"unique\"}\n");
    List<String> cmd = List.of("dedup", "--method", "exact", "--field", "text", in.toString());
    JsonNode j = oneJsonObject(run(cmd, "--out", dir.resolve("j").toString(), "--json"));
    assertThat(j.get("kept").asInt()).isEqualTo(2);
    assertThat(j.get("rejected").asInt()).isEqualTo(1);
    silent(run(cmd, "--out", dir.resolve("q").toString(), "-q"), ExitCode.DATA_REJECTED);
    assertThat(Files.readAllLines(dir.resolve("q/kept.jsonl"))).hasSize(2);
    CliHarness both = run(cmd, "--out", dir.resolve("b").toString(), "-q", "--json");
    assertThat(oneJsonObject(both).get("kept").asInt()).isEqualTo(2);
    assertThat(both.err()).as("--json with --quiet: the object, nothing else").isEmpty();
  }

  @Test
  void statsWinrate() throws Exception {
    Path a = write("annotations.json",
        "[{\"preference\": 2.0, \"output_2\": \"abcd\"}, {\"preference\": 1.0, \"output_2\": \"ab\"},"
            + " {\"preference\": 2.0, \"output_2\": \"abc\"}, {\"preference\": 1.5, \"output_2\": \"abc\"}]");
    JsonNode j = oneJsonObject(CliHarness.run("stats", "winrate", "--json", a.toString()));
    assertThat(j.get("n_total").asInt()).isEqualTo(4);
    assertThat(j.get("win_rate").asDouble()).isEqualTo(62.5);
    CliHarness human = CliHarness.run("stats", "winrate", a.toString());
    assertThat(human.exit()).isZero();
    assertThat(human.out()).contains("win_rate: 62.5\n").contains("n_total: 4\n").contains("avg_length: 3\n")
        .doesNotContain("{");
    silent(CliHarness.run("stats", "winrate", "--quiet", a.toString()), ExitCode.OK);
  }

  @Test
  void statsIntervalPrintsTheSameFieldsForPeople() {
    CliHarness human = CliHarness.run("stats", "interval", "--method", "wilson", "--successes", "81", "--trials", "263");
    assertThat(human.out()).contains("method: wilson").contains("estimate: 0.308").contains("lower: 0.2553");
    JsonNode j = oneJsonObject(CliHarness.run("stats", "interval", "--json", "--method", "wilson", "--successes", "81", "--trials", "263"));
    assertThat(j.get("lower").asDouble()).isCloseTo(0.2553, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void rewardEval() throws Exception {
    StringBuilder pairs = new StringBuilder();
    String[][] rows = {
      {"How do I boil an egg?", "Put the egg in boiling water for about nine minutes, then cool it in cold water.", "No."},
      {"What is the capital of France?", "The capital of France is Paris.", "I do not know, maybe look it up."},
      {"Name a primary colour.", "Red is a primary colour, as are blue and yellow.", "Purple."},
    };
    for (String[] r : rows) {
      pairs.append(Json.MAPPER.writeValueAsString(java.util.Map.of("prompt", r[0], "chosen", r[1], "rejected", r[2]))).append('\n');
    }
    Path in = write("pairs.jsonl", pairs.toString());
    JsonNode j = oneJsonObject(CliHarness.run("reward", "eval", "--model", "default", "--json", in.toString()));
    assertThat(j.get("n").asInt()).isEqualTo(3);
    assertThat(j.has("accuracy")).isTrue();
    silent(CliHarness.run("reward", "eval", "--model", "default", "--quiet", in.toString()), ExitCode.OK);
    CliHarness human = CliHarness.run("reward", "eval", "--model", "default", in.toString());
    assertThat(human.out()).contains("n: 3\n").contains("accuracy: ").contains("model: default\n");

    CliHarness folder = CliHarness.run("reward", "eval", "--model", "default", "--quiet", "--out", dir.resolve("rev").toString(), in.toString());
    silent(folder, ExitCode.OK);
    assertThat(dir.resolve("rev/manifest.json")).exists();
    assertThat(dir.resolve("rev/reward-eval.json")).exists();
    assertThat(dir.resolve("rev/" + AutoReport.FILE)).exists();
    CliHarness both = CliHarness.run("reward", "eval", "--model", "default", "--out", dir.resolve("x").toString(),
        "--report", dir.resolve("y.html").toString(), in.toString());
    assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).contains("give one of them");
  }

  @Test
  void judgeListsItsJudgesOnStdout() {
    assertThat(oneJsonObject(CliHarness.run("judge", "--list-judges", "--json")).get("judges").has("pairwise")).isTrue();
    assertThat(CliHarness.run("judge", "--list-judges").out()).contains("judges:\n").contains("  pairwise: ");
    silent(CliHarness.run("judge", "--list-judges", "-q"), ExitCode.OK);
  }

  @Test
  void schema() {
    JsonNode kinds = oneJsonObject(CliHarness.run("schema", "--json"));
    assertThat(kinds.get("kinds").isArray()).isTrue();
    assertThat(kinds.get("kinds").get(0).has("file")).isTrue();
    JsonNode one = oneJsonObject(CliHarness.run("schema", "judgments", "--json"));
    assertThat(one.has("$schema")).isTrue();
    silent(CliHarness.run("schema", "--quiet"), ExitCode.OK);
    silent(CliHarness.run("schema", "judgments", "--quiet"), ExitCode.OK);
    assertThat(CliHarness.run("schema").out()).contains("judgments");
  }

  @Test
  void quickstart() {
    silent(CliHarness.run("quickstart", "--out", dir.resolve("qs").toString(), "--quiet"), ExitCode.OK);
    assertThat(dir.resolve("qs/report.html")).exists();
  }

  @Test
  void jsonErrorsStillGoToStderr() {
    CliHarness r = CliHarness.run("stats", "interval", "--json", "--method", "nope", "--successes", "1", "--trials", "2");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--method: expected wilson or clopper-pearson");
  }
}
