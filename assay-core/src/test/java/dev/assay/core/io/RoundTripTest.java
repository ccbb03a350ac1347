package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every format, plain and gzipped, writes and reads back the same records. */
class RoundTripTest {
  @TempDir Path dir;

  private static List<JsonNode> records() {
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      out.add(Json.MAPPER.readTree(
          "{\"id\":\"r" + i + "\",\"text\":\"line " + i + ", with \\\"quotes\\\", commas\\nand a newline\",\"score\":"
              + (i * 0.25) + ",\"ok\":" + (i % 2 == 0) + "}"));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.jsonl", "a.jsonl.gz", "a.json", "a.json.gz", "a.csv", "a.csv.gz", "a.parquet", "a.parquet.gz"})
  void writesAndReadsBack(String name) {
    Path file = dir.resolve(name);
    List<JsonNode> in = records();
    try (DatasetWriter w = Datasets.create(file)) {
      in.forEach(w::write);
      assertThat(w.count()).isEqualTo(in.size());
    }
    List<JsonNode> back = new ArrayList<>();
    try (DatasetReader r = Datasets.open(file)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        assertThat(rec.error()).isNull();
        back.add(rec.value());
      }
      assertThat(r.summary().records()).isEqualTo(in.size());
      assertThat(r.summary().compressed()).isEqualTo(name.endsWith(".gz"));
    }
    assertThat(back).hasSize(in.size());
    for (int i = 0; i < in.size(); i++) {
      assertThat(back.get(i).get("id").asString()).isEqualTo(in.get(i).get("id").asString());
      assertThat(back.get(i).get("text").asString()).isEqualTo(in.get(i).get("text").asString());
      assertThat(back.get(i).get("score").asDouble()).isEqualTo(in.get(i).get("score").asDouble());
      assertThat(back.get(i).get("ok").asBoolean()).isEqualTo(in.get(i).get("ok").asBoolean());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.jsonl", "a.json", "a.csv"})
  void gzipIsDetectedByContentNotName(String name) throws Exception {
    Path gz = dir.resolve(name + ".gz");
    try (DatasetWriter w = Datasets.create(gz)) {
      records().forEach(w::write);
    }
    Path misnamed = dir.resolve(name);
    Files.move(gz, misnamed);
    try (DatasetReader r = Datasets.open(misnamed)) {
      int n = 0;
      while (r.next() != null) {
        n++;
      }
      assertThat(n).isEqualTo(300);
      assertThat(r.summary().compressed()).isTrue();
    }
  }
}
