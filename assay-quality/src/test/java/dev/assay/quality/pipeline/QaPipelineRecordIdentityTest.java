package dev.assay.quality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.Json;
import dev.assay.core.io.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Records are identified by (file, record index), never by physical line: a one-line JSON array, a
 * line holding several records and a duplicate across a shard boundary all behave.
 */
class QaPipelineRecordIdentityTest {
  @TempDir Path dir;

  private static final List<CheckSpec> EXACT =
      List.of(new CheckSpec("exact_dedup", Action.REJECT, null));

  private QaResult run(List<Path> inputs, OutputFormat format) {
    PipelineConfig cfg =
        new PipelineConfig(inputs.get(0).toString(), null, "text", null, dir.resolve("out").toString(), 2, EXACT);
    return new QaPipeline(cfg, inputs.stream().map(Path::toString).toList(), format).run(List.of("qa"), null);
  }

  private List<JsonNode> rows(String name) {
    List<JsonNode> out = new ArrayList<>();
    try (DatasetReader r = Datasets.open(dir.resolve("out").resolve(name))) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        out.add(rec.value());
      }
    }
    return out;
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aOneLineJsonArrayKeepsOneAndThreeAndRejectsTwoAsADuplicateOfOne() throws Exception {
    Path in = write("a.json", "[{\"id\":1,\"text\":\"same\"},{\"id\":2,\"text\":\"same\"},{\"id\":3,\"text\":\"unique\"}]");
    QaResult r = run(List.of(in), OutputFormat.JSONL);
    assertThat(r.kept()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(rows("kept.jsonl")).extracting(j -> j.get("id").asInt()).containsExactly(1, 3);
    JsonNode rej = rows("rejected.jsonl").get(0);
    assertThat(rej.get("id").asInt()).isEqualTo(2);
    assertThat(rej.get("duplicate_of").asLong()).isEqualTo(1);
    assertThat(rej.get("duplicate_of_file").asString()).isEqualTo(in.toString());
    assertThat(rej.get("source_record").asLong()).isEqualTo(2);
    assertThat(rej.get("source_line").asLong()).isEqualTo(1);
    assertThat(rej.get("reasons").get(0).get("duplicate_of").asLong()).isEqualTo(1);
  }

  @Test
  void recordsSharingALineAreDistinct() throws Exception {
    Path in =
        write("b.json", "[\n{\"id\":1,\"text\":\"a\"},\n{\"id\":2,\"text\":\"b\"}, {\"id\":3,\"text\":\"a\"}, {\"id\":4,\"text\":\"c\"}\n]\n");
    QaResult r = run(List.of(in), OutputFormat.JSONL);
    assertThat(rows("kept.jsonl")).extracting(j -> j.get("id").asInt()).containsExactly(1, 2, 4);
    JsonNode rej = rows("rejected.jsonl").get(0);
    assertThat(rej.get("id").asInt()).isEqualTo(3);
    assertThat(rej.get("source_record").asLong()).isEqualTo(3);
    assertThat(rej.get("source_line").asLong()).isEqualTo(3);
    assertThat(rej.get("duplicate_of").asLong()).isEqualTo(1);
    assertThat(r.recordsIn()).isEqualTo(4);
  }

  @Test
  void aDuplicateAcrossTheShardBoundaryNamesTheOtherShardsFileAndRecord() throws Exception {
    Path a = write("part-0.jsonl", "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\",\"text\":\"shared\"}\n");
    Path b = write("part-1.jsonl", "{\"id\":\"b1\",\"text\":\"shared\"}\n{\"id\":\"b2\",\"text\":\"y\"}\n");
    QaResult r = run(List.of(dir.resolve("part-*.jsonl")), OutputFormat.PARQUET);
    assertThat(r.recordsIn()).isEqualTo(4);
    assertThat(rows("kept.parquet")).extracting(j -> j.get("id").asString()).containsExactly("a1", "a2", "b2");
    JsonNode rej = rows("rejected.parquet").get(0);
    assertThat(rej.get("id").asString()).isEqualTo("b1");
    assertThat(rej.get("source_file").asString()).isEqualTo(b.toString());
    assertThat(rej.get("source_record").asLong()).isEqualTo(1);
    assertThat(rej.get("duplicate_of_file").asString()).isEqualTo(a.toString());
    assertThat(rej.get("duplicate_of").asLong()).isEqualTo(2);
    JsonNode manifest = Json.MAPPER.readTree(dir.resolve("out/manifest.json").toFile());
    assertThat(manifest.toString()).contains("part-0.jsonl").contains("part-1.jsonl").contains("kept.parquet");
  }

  @Test
  void aFieldThatNoneOfTheFirstRecordsHasIsAnErrorListingTheFields() throws Exception {
    Path in = write("c.jsonl", "{\"id\":1,\"txt\":\"a\"}\n{\"id\":2,\"txt\":\"b\",\"lang\":\"en\"}\n");
    PipelineConfig cfg = new PipelineConfig(in.toString(), null, "text", null, dir.resolve("out").toString(), 1, EXACT);
    assertThatThrownBy(() -> new QaPipeline(cfg).run(List.of("qa"), null))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("'text' is in none of the first 2 records")
        .hasMessageContaining("id, lang, txt");
    assertThat(dir.resolve("out/kept.jsonl")).doesNotExist();
  }
}
