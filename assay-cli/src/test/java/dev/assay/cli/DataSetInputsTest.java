package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Inputs as data sets are: several files, a directory or a glob on the commands that read data,
 * records named by (file, record index), a mistyped field as a usage error, and
 * {@code --output-format} naming the files it writes.
 */
class DataSetInputsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private List<JsonNode> rows(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try (DatasetReader r = Datasets.open(file)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        out.add(rec.value());
      }
    }
    return out;
  }

  @Test
  void dedupOfTheOneLineArrayKeepsOneAndThree() throws Exception {
    Path in = write("a.json", "[{\"id\":1,\"text\":\"same\"},{\"id\":2,\"text\":\"same\"},{\"id\":3,\"text\":\"unique\"}]");
    CliHarness r = CliHarness.run("dedup", "--method", "exact", "--field", "text", "--quiet",
        "--out", dir.resolve("o").toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(rows(dir.resolve("o/kept.jsonl"))).extracting(j -> j.get("id").asInt()).containsExactly(1, 3);
    JsonNode rej = rows(dir.resolve("o/rejected.jsonl")).get(0);
    assertThat(rej.get("id").asInt()).isEqualTo(2);
    assertThat(rej.get("duplicate_of").asLong()).isEqualTo(1);
  }

  @Test
  void dedupReadsADirectoryOfShardsAndWritesTheAskedFormat() throws Exception {
    write("shards/part-0.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n");
    write("shards/part-1.tsv", "id\ttext\nb\tone\nc\ttwo\n");
    CliHarness r = CliHarness.run("dedup", "--method", "exact", "--field", "text", "--quiet",
        "--output-format", "csv", "--out", dir.resolve("o").toString(), dir.resolve("shards").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(rows(dir.resolve("o/kept.csv"))).extracting(j -> j.get("id").asString()).containsExactly("a", "c");
    JsonNode rej = rows(dir.resolve("o/rejected.csv")).get(0);
    assertThat(rej.get("source_file").asString()).endsWith("part-1.tsv");
    assertThat(rej.get("source_record").asLong()).isEqualTo(1);
    assertThat(rej.get("duplicate_of_file").asString()).endsWith("part-0.jsonl");
  }

  @Test
  void aMistypedFieldIsAUsageErrorListingTheFields() throws Exception {
    Path in = write("b.jsonl", "{\"id\":1,\"text\":\"a\"}\n");
    CliHarness r = CliHarness.run("dedup", "--method", "exact", "--field", "txt", "--quiet",
        "--out", dir.resolve("o").toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'txt'").contains("id, text");
  }

  @Test
  void aGlobMatchingNothingIsAUsageError() {
    CliHarness r = CliHarness.run("validate", "--schema", "alpaca", "--quiet",
        "--out", dir.resolve("o").toString(), dir.resolve("none-*.jsonl").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("matches no file");
  }

  @Test
  void qaInputsReplaceTheConfigsInputAndKeepItsOtherSettings() throws Exception {
    write("config-input.jsonl", "{\"body\":\"from the config\"}\n");
    Path a = write("x/a.jsonl", "{\"body\":\"hello there\"}\n");
    Path b = write("x/b.jsonl.gz.txt", "ignored");
    Path cfg = write("p.yaml", "input: " + dir.resolve("config-input.jsonl") + "\nfield: body\nout: "
        + dir.resolve("qa") + "\nchecks:\n  - name: exact_dedup\n");
    CliHarness r = CliHarness.run("qa", "--config", cfg.toString(), "--quiet", "--output-format", "jsonl.gz",
        a.toString(), dir.resolve("x").toString() + "/*.jsonl");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(rows(dir.resolve("qa/kept.jsonl.gz"))).extracting(j -> j.get("body").asString())
        .containsExactly("hello there");
    assertThat(Files.readString(dir.resolve("qa/manifest.json"))).contains("a.jsonl").doesNotContain("config-input");
    assertThat(b).exists();
  }

  @Test
  void validateWritesValidRowsAsParquet() throws Exception {
    Path in = write("v.jsonl", "{\"instruction\":\"Say hi\",\"output\":\"hi \u00e9\"}\n{\"instruction\":3}\n");
    CliHarness r = CliHarness.run("validate", "--schema", "alpaca", "--quiet", "--output-format", "parquet",
        "--out", dir.resolve("o").toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    assertThat(rows(dir.resolve("o/valid.parquet"))).extracting(j -> j.get("output").asString()).containsExactly("hi \u00e9");
    assertThat(Files.readString(dir.resolve("o/quarantine.jsonl"))).contains("\"record\":2");
  }
}
