package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The machine-checked contract of {@code assay dedup}: kept.jsonl keeps records byte for byte,
 * rejected.jsonl holds each duplicate's original fields plus {@code duplicate_of} (1-based input
 * line of the kept record), quarantine.jsonl the rest, and in = kept + rejected + quarantined.
 */
class DedupCommandTest {
  @TempDir Path dir;

  private Path input(String... lines) throws Exception {
    Path p = dir.resolve("in.jsonl");
    Files.writeString(p, String.join("\n", lines) + (lines.length == 0 ? "" : "\n"));
    return p;
  }

  private List<JsonNode> read(String name) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve("o").resolve(name))) {
      out.add(Json.MAPPER.readTree(l));
    }
    return out;
  }

  private CliHarness dedup(String... args) {
    List<String> all = new ArrayList<>(List.of("dedup"));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", dir.resolve("o").toString(), "--quiet", "--json", dir.resolve("in.jsonl").toString()));
    return CliHarness.run(all.toArray(String[]::new));
  }

  private void assertReconciles(int in) throws Exception {
    JsonNode m = Json.MAPPER.readTree(dir.resolve("o/manifest.json").toFile());
    JsonNode c = m.get("counts");
    assertThat(c.get("records_in").asLong()).isEqualTo(in);
    assertThat(c.get("kept").asLong() + c.get("rejected").asLong() + c.get("quarantined").asLong()).isEqualTo(in);
    assertThat(Files.readAllLines(dir.resolve("o/kept.jsonl"))).hasSize(c.get("kept").asInt());
    assertThat(Files.readAllLines(dir.resolve("o/rejected.jsonl"))).hasSize(c.get("rejected").asInt());
    assertThat(Files.readAllLines(dir.resolve("o/quarantine.jsonl"))).hasSize(c.get("quarantined").asInt());
    assertThat(dir.resolve("o/report.json")).exists();
  }

  @Test
  void exactDuplicatesPointAtTheKeptLine() throws Exception {
    input(
        "{\"id\":1,\"text\":\"Hello world\"}",
        "{\"id\":2,\"text\":\"something else\"}",
        "{\"id\":3,\"text\":\"hello   WORLD\",\"extra\":[1,2]}",
        "{\"id\":4,\"text\":\"Hello world\"}");
    CliHarness r = dedup("--method", "exact", "--field", "text");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(Files.readAllLines(dir.resolve("o/kept.jsonl")))
        .containsExactly("{\"id\":1,\"text\":\"Hello world\"}", "{\"id\":2,\"text\":\"something else\"}");
    List<JsonNode> rej = read("rejected.jsonl");
    assertThat(rej).hasSize(2);
    assertThat(rej.get(0).get("id").asInt()).isEqualTo(3);
    assertThat(rej.get(0).get("extra").size()).isEqualTo(2);
    assertThat(rej.get(0).get("text").asString()).isEqualTo("hello   WORLD");
    assertThat(rej.get(0).get("duplicate_of").asLong()).isEqualTo(1);
    assertThat(rej.get(1).get("duplicate_of").asLong()).isEqualTo(1);
    assertThat(rej.get(0).get("reasons").get(0).get("check").asString()).isEqualTo("exact_dedup");
    assertReconciles(4);
    JsonNode manifest = Json.MAPPER.readTree(dir.resolve("o/manifest.json").toFile());
    assertThat(manifest.get("command").asString()).isEqualTo("qa");
    assertThat(manifest.toString()).contains("exact_dedup");
  }

  @Test
  void nearDuplicatesWithMinhash() throws Exception {
    SplittableRandom rnd = new SplittableRandom(9);
    StringBuilder base = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      base.append("w").append(rnd.nextInt(10_000)).append(' ');
    }
    String a = base.toString().trim();
    String nearA = a.replaceFirst("w\\d+", "changed") + " and a tail";
    List<String> lines = new ArrayList<>();
    lines.add("{\"t\":\"unique one " + a.substring(0, 40) + "\"}");
    lines.add("{\"t\":\"" + a + "\"}");
    for (int i = 0; i < 5; i++) {
      StringBuilder other = new StringBuilder();
      for (int k = 0; k < 100; k++) {
        other.append("v").append(rnd.nextInt(10_000)).append(' ');
      }
      lines.add("{\"t\":\"" + other.toString().trim() + "\"}");
    }
    lines.add("{\"t\":\"" + nearA + "\",\"keep_me\":true}");
    input(lines.toArray(String[]::new));
    CliHarness r = dedup("--method", "minhash", "--field", "t", "--threshold", "0.7", "--ngram", "3", "--permutations", "64");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode summary = Json.MAPPER.readTree(r.out());
    assertThat(summary.get("rejected").asInt()).isEqualTo(1);
    List<JsonNode> rej = read("rejected.jsonl");
    assertThat(rej.get(0).get("duplicate_of").asLong()).isEqualTo(2);
    assertThat(rej.get(0).get("keep_me").asBoolean()).isTrue();
    assertThat(rej.get(0).get("t").asString()).isEqualTo(nearA);
    assertReconciles(8);
    JsonNode report = Json.MAPPER.readTree(dir.resolve("o/report.json").toFile());
    assertThat(report.toString()).contains("cluster_size_histogram").contains("\"bands\"");
  }

  @Test
  void malformedLinesAndMissingFieldsAreQuarantined() throws Exception {
    input(
        "{\"text\":\"same\"}",
        "{not json",
        "{\"other\":\"no text field\"}",
        "{\"text\":42}",
        "",
        "{\"text\":\"same\"}");
    CliHarness r = dedup("--method", "exact", "--field", "text");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    List<JsonNode> q = read("quarantine.jsonl");
    assertThat(q).hasSize(3);
    assertThat(q.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(q.get(1).get("error").asString()).contains(":3:").contains("text");
    assertThat(read("rejected.jsonl").get(0).get("duplicate_of").asLong()).isEqualTo(1);
    assertReconciles(5);
  }

  @Test
  void emptyFileWritesEmptyOutputs() throws Exception {
    input();
    CliHarness r = dedup("--method", "minhash", "--field", "text");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllLines(dir.resolve("o/kept.jsonl"))).isEmpty();
    assertReconciles(0);
  }

  @Test
  void noDuplicatesExitsZero() throws Exception {
    input("{\"text\":\"a b c d e f\"}", "{\"text\":\"g h i j k l\"}");
    assertThat(dedup("--method", "minhash", "--field", "text").exit()).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllLines(dir.resolve("o/kept.jsonl"))).hasSize(2);
  }

  @Test
  void missingFileExitsTwoWithThePath() {
    CliHarness r = CliHarness.run("dedup", "--method", "exact", "--field", "text", "--out",
        dir.resolve("o").toString(), dir.resolve("nope.jsonl").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(dir.resolve("nope.jsonl").toString()).contains("no such file");
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    input("{\"text\":\"x\"}");
    CliHarness wrongOption = dedup("--method", "exact", "--field", "text", "--threshold", "0.5");
    assertThat(wrongOption.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(wrongOption.err()).contains("--threshold");
    CliHarness badThreshold = dedup("--method", "minhash", "--field", "text", "--threshold", "1.5");
    assertThat(badThreshold.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(badThreshold.err()).contains("threshold: expected a value in (0, 1), found 1.5");
    CliHarness badMethod = dedup("--method", "fuzzy", "--field", "text");
    assertThat(badMethod.exit()).isEqualTo(ExitCode.USAGE);
    CliHarness badParam = dedup("--method", "minhash", "--field", "text", "--param", "shingle=line");
    assertThat(badParam.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(badParam.err()).contains("shingle: expected word or char");
  }

  @Test
  void extraParametersReachTheCheck() throws Exception {
    input("{\"text\":\"Hello, world!\"}", "{\"text\":\"hello world\"}");
    CliHarness r = dedup("--method", "exact", "--field", "text", "--param", "strip_punctuation=true", "--keep", "longest");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(read("rejected.jsonl").get(0).get("duplicate_of").asLong()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("o/manifest.json"))).contains("\"strip_punctuation\" : true");
  }

  @Test
  void semanticDelegatesToTheSemanticCheckOrSaysItIsMissing() throws Exception {
    input("{\"text\":\"x\"}");
    CliHarness r = dedup("--method", "semantic", "--field", "text");
    if (CheckRegistry.all().containsKey("semantic_dedup")) {
      assertThat(r.exit()).isIn(ExitCode.OK, ExitCode.DATA_REJECTED);
      assertThat(Files.readString(dir.resolve("o/manifest.json"))).contains("semantic_dedup");
    } else {
      assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("semantic_dedup").contains("not registered");
    }
  }
}
