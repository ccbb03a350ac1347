package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The machine-checked contract of {@code assay toxicity score}, with a word-list scorer. */
class ToxicityCommandTest {
  @TempDir Path dir;

  @Test
  void writesEveryRecordWithAToxicityObjectAndQuarantinesTheRest() throws Exception {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "muppet\n");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":1,\"text\":\"you muppet\"}\n{\"id\":2,\"text\":\"hello\"}\nnot json\n{\"id\":4}\n");
    Path out = dir.resolve("scored.jsonl");
    CliHarness r = CliHarness.run(
        "toxicity", "score", "--scorer", "lexicon:" + list, "--field", "text", "--out-file", out.toString(), in.toString(), "--json");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertThat(first.get("id").asInt()).isEqualTo(1);
    assertThat(first.get("toxicity").get("toxicity").asDouble()).isEqualTo(1.0);
    assertThat(Json.MAPPER.readTree(lines.get(1)).get("toxicity").get("toxicity").asDouble()).isEqualTo(0.0);
    List<String> q = Files.readAllLines(dir.resolve("scored.quarantine.jsonl"));
    assertThat(q).hasSize(2);
    assertThat(q.get(1)).contains(":4: field 'text': expected a string, found nothing");
    JsonNode summary = Json.MAPPER.readTree(r.out());
    assertThat(summary.get("records_in").asLong()).isEqualTo(summary.get("scored").asLong() + summary.get("quarantined").asLong());
    assertThat(dir.resolve("scored.manifest.json")).exists();
  }

  @Test
  void unknownScorerIsAUsageError() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"x\"}\n");
    CliHarness r = CliHarness.run("toxicity", "score", "--scorer", "nope", "--field", "text", "--out-file", dir.resolve("o.jsonl").toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("unknown toxicity scorer 'nope'");
  }

  @Test
  void perspectiveOptionsInTheSpecAreCheckedAndAMissingKeyIsBadUsage() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"x\"}\n");
    CliHarness r = CliHarness.run("toxicity", "score", "--scorer", "perspective:qps=fast", "--field", "text", "--out-file", dir.resolve("o.jsonl").toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("perspective spec: qps: expected a number, found 'fast'");
    r = CliHarness.run("toxicity", "score", "--scorer", "perspective:key-env=ASSAY_TEST_SURELY_UNSET_VAR;attributes=TOXICITY,INSULT",
        "--field", "text", "--out-file", dir.resolve("o.jsonl").toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("ASSAY_TEST_SURELY_UNSET_VAR").doesNotContain("internal error");
    r = CliHarness.run("toxicity", "score", "--help");
    assertThat(r.out()).contains("perspective[:key=value;...]").contains("<weights.json>").contains("qps=1");
  }

  @Test
  void theDefaultEmbeddedScorerRanksAnInsultAboveAGreeting() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"you are a pathetic worthless idiot\"}\n{\"text\":\"thank you so much, have a lovely day\"}\n");
    Path out = dir.resolve("scored.jsonl");
    CliHarness r = CliHarness.run("toxicity", "score", "--field", "text", "--out-file", out.toString(), in.toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    List<String> lines = Files.readAllLines(out);
    double insult = Json.MAPPER.readTree(lines.get(0)).get("toxicity").get("toxicity").asDouble();
    double greeting = Json.MAPPER.readTree(lines.get(1)).get("toxicity").get("toxicity").asDouble();
    assertThat(insult).isGreaterThan(greeting);
    assertThat(Json.MAPPER.readTree(lines.get(0)).get("toxicity").has("identity_attack")).isTrue();
  }

  @Test
  void outIsARunFolderInTheAskedFormatAndOutFileTakesItsExtensionsFormat() throws Exception {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "muppet\n");
    Files.createDirectories(dir.resolve("shards"));
    Files.writeString(dir.resolve("shards/a.jsonl"), "{\"id\":1,\"text\":\"you muppet \u00e9\"}\n");
    Files.writeString(dir.resolve("shards/b.csv"), "id,text\n2,hello\n");
    CliHarness r = CliHarness.run("toxicity", "score", "--scorer", "lexicon:" + list, "--field", "text", "--quiet",
        "-o", dir.resolve("run").toString(), "--output-format", "parquet", dir.resolve("shards").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    List<JsonNode> rows = new java.util.ArrayList<>();
    try (var in = dev.assay.core.io.Datasets.open(dir.resolve("run/scored.parquet"))) {
      for (dev.assay.core.io.InputRecord rec; (rec = in.next()) != null; ) {
        rows.add(rec.value());
      }
    }
    assertThat(rows).extracting(j -> j.get("text").asString()).containsExactly("you muppet \u00e9", "hello");
    assertThat(rows.get(0).get("toxicity").get("toxicity").asDouble()).isEqualTo(1.0);
    assertThat(dir.resolve("run/manifest.json")).exists();

    r = CliHarness.run("toxicity", "score", "--scorer", "lexicon:" + list, "--field", "text", "--quiet",
        "--out-file", dir.resolve("scored.parquet").toString(), dir.resolve("shards/a.jsonl").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllBytes(dir.resolve("scored.parquet"))).startsWith('P', 'A', 'R', '1');

    r = CliHarness.run("toxicity", "score", "--scorer", "lexicon:" + list, "--field", "text",
        "--out-file", dir.resolve("scored.xlsx").toString(), dir.resolve("shards/a.jsonl").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(".jsonl, .jsonl.gz, .parquet, .csv");

    r = CliHarness.run("toxicity", "score", "--scorer", "lexicon:" + list, "--field", "txt",
        "--out", dir.resolve("run2").toString(), dir.resolve("shards").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'txt'").contains("id, text");
  }
}
