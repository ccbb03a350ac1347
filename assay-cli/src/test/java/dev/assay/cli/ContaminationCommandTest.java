package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay contamination}: outputs, counts that reconcile, exit codes. */
class ContaminationCommandTest {
  static final String ITEM =
      "Describe how a medieval stonemason would have planned, cut and raised the arches of a small"
          + " village church over a single summer.";

  @TempDir Path dir;

  Path bench() throws Exception {
    Path p = dir.resolve("bench.jsonl");
    Files.writeString(p, "{\"id\": \"q1\", \"prompt\": " + Json.MAPPER.writeValueAsString(ITEM) + "}\n");
    return p;
  }

  Path train(String... extra) throws Exception {
    Path p = dir.resolve("train.jsonl");
    StringBuilder b = new StringBuilder();
    b.append("{\"instruction\": \"Bake a loaf of rye bread.\"}\n");
    b.append("{\"instruction\": ").append(Json.MAPPER.writeValueAsString("Homework: " + ITEM)).append("}\n");
    b.append("\n");
    for (String e : extra) {
      b.append(e).append('\n');
    }
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void flagsTheLeakingRowWithItsMatchAndReconciles() throws Exception {
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run(
        "contamination", "--benchmark", bench() + ":prompt", "--field", "instruction", "--out", out.toString(),
        "--json", train("{broken").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("records_in").asLong()).isEqualTo(3);
    assertThat(s.get("flagged").asLong()).isEqualTo(1);
    assertThat(s.get("clean").asLong()).isEqualTo(1);
    assertThat(s.get("quarantined").asLong()).isEqualTo(1);
    List<String> flagged = Files.readAllLines(out.resolve("flagged.jsonl"));
    JsonNode m = Json.MAPPER.readTree(flagged.get(0)).get("matches").get(0);
    assertThat(m.get("benchmark").asString()).endsWith("bench.jsonl");
    assertThat(m.get("line").asLong()).isEqualTo(1);
    assertThat(m.get("id").asString()).isEqualTo("q1");
    assertThat(m.get("overlap").asDouble()).isEqualTo(1.0);
    assertThat(Files.readString(out.resolve("clean.jsonl"))).isEqualTo("{\"instruction\": \"Bake a loaf of rye bread.\"}\n");
    assertThat(Files.readString(out.resolve("quarantine.jsonl"))).contains("\"line\":4");
    JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    assertThat(report.get("contamination").get("flagged").asLong()).isEqualTo(1);
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("command").asString()).isEqualTo("contamination");
    assertThat(manifest.get("counts").get("flagged").asLong()).isEqualTo(1);
    assertThat(manifest.get("inputs")).hasSize(2);
  }

  @Test
  void exitsZeroWhenNothingLeaks() throws Exception {
    Path p = dir.resolve("clean.jsonl");
    Files.writeString(p, "{\"instruction\": \"Bake a loaf of rye bread.\"}\n");
    CliHarness r = CliHarness.run(
        "contamination", "--benchmark", bench().toString(), "--field", "instruction", "--out", dir.resolve("o").toString(), p.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("0 flagged");
  }

  @Test
  void fractionThresholdIsApplied() throws Exception {
    Path p = dir.resolve("partial.jsonl");
    String half = String.join(" ", java.util.Arrays.copyOf(ITEM.split(" "), 14));
    Files.writeString(p, "{\"instruction\": " + Json.MAPPER.writeValueAsString(half) + "}\n");
    Path bench = bench();
    assertThat(CliHarness.run("contamination", "--benchmark", bench.toString(), "--field", "instruction",
        "--out", dir.resolve("a").toString(), p.toString()).exit()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(CliHarness.run("contamination", "--benchmark", bench.toString(), "--field", "instruction",
        "--threshold", "0.5", "--out", dir.resolve("b").toString(), p.toString()).exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void badUsageExitsTwoNamingTheProblem() throws Exception {
    Path t = train();
    CliHarness missing = CliHarness.run(
        "contamination", "--benchmark", dir.resolve("nope.jsonl").toString(), "--field", "instruction", "--out", dir.toString(), t.toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("nope.jsonl");
    CliHarness badN = CliHarness.run(
        "contamination", "--benchmark", bench().toString(), "--field", "instruction", "--ngram", "0", "--out", dir.toString(), t.toString());
    assertThat(badN.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(badN.err()).contains("ngram");
    CliHarness noField = CliHarness.run(
        "contamination", "--benchmark", bench().toString(), "--field", "nosuch", "--out", dir.resolve("x").toString(), t.toString());
    assertThat(noField.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(noField.err()).contains("'nosuch'");
    CliHarness noBench = CliHarness.run("contamination", "--field", "instruction", "--out", dir.toString(), t.toString());
    assertThat(noBench.exit()).isEqualTo(ExitCode.USAGE);
  }
}
