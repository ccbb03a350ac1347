package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OutputFormatRoundTripTest {
  @TempDir Path dir;

  private static final List<String> RECORDS =
      List.of(
          "{\"id\":1,\"text\":\"caf\u00e9 \u2014 \u65e5\u672c\u8a9e \ud83d\ude00\",\"score\":0.25,\"ok\":true,\"note\":null}",
          "{\"id\":2,\"text\":\"line one\\nline \\\"two\\\", with a comma\",\"score\":-3,\"ok\":false,\"note\":\"x\"}",
          "{\"id\":3,\"text\":\"\",\"score\":null,\"ok\":null,\"note\":null}");

  private static List<JsonNode> expected() {
    return RECORDS.stream().map(s -> (JsonNode) Json.MAPPER.readTree(s)).toList();
  }

  /** Nulls and absent fields are the same thing in CSV and Parquet; compare without them. */
  private static JsonNode withoutNulls(JsonNode n) {
    ObjectNode o = ((ObjectNode) n).deepCopy();
    List<String> drop = new ArrayList<>();
    o.properties().forEach(e -> {
      if (e.getValue().isNull()) {
        drop.add(e.getKey());
      }
    });
    drop.forEach(o::remove);
    return o;
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void everyFormatReadsBackTheSameRecords(OutputFormat format) throws Exception {
    try (DatasetWriter w = format.create(dir, "kept")) {
      for (JsonNode n : expected()) {
        w.write(n);
      }
      assertThat(w.count()).isEqualTo(3);
    }
    Path file = dir.resolve("kept." + format.extension());
    assertThat(file).exists();
    assertThat(OutputFormat.find(dir, "kept")).isEqualTo(file);
    List<JsonNode> back = new ArrayList<>();
    try (DatasetReader r = Datasets.open(file)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        assertThat(rec.parsed()).as(rec.error()).isTrue();
        back.add(rec.value());
      }
    }
    List<JsonNode> want = expected();
    assertThat(back).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      JsonNode got = back.get(i);
      if (format == OutputFormat.JSONL || format == OutputFormat.JSONL_GZ) {
        assertThat(got).isEqualTo(want.get(i));
      } else if (format == OutputFormat.CSV) {
        // CSV: an empty string is an empty cell, read back as absent like a null.
        ObjectNode w = (ObjectNode) withoutNulls(want.get(i));
        if (w.get("text").asString().isEmpty()) {
          w.remove("text");
        }
        assertThat(withoutNulls(got)).isEqualTo(w);
      } else {
        assertThat(withoutNulls(got).toString()).isEqualTo(withoutNulls(want.get(i)).toString().replace(":-3,", ":-3.0,"));
        assertThat(got.has("note")).isTrue();
        assertThat(got.get("note").isNull()).isEqualTo(want.get(i).get("note").isNull());
      }
    }
  }

  @Test
  void csvColumnsAreTheUnionOfTheRecordsFields() throws Exception {
    Path f = dir.resolve("u.csv");
    try (DatasetWriter w = OutputFormat.create(f)) {
      w.write(Json.MAPPER.readTree("{\"a\":1}"));
      w.write(Json.MAPPER.readTree("{\"b\":{\"x\":[1,2]},\"a\":2}"));
    }
    assertThat(Files.readString(f)).isEqualTo("a,b\n1,\n2,\"{\"\"x\"\":[1,2]}\"\n");
  }

  @Test
  void theFileNameChoosesTheFormatAndAnUnknownExtensionIsAnError() {
    assertThat(OutputFormat.ofFile(Path.of("x/scored.jsonl.gz"))).isEqualTo(OutputFormat.JSONL_GZ);
    assertThat(OutputFormat.ofFile(Path.of("scored.PARQUET"))).isEqualTo(OutputFormat.PARQUET);
    assertThat(OutputFormat.parse("jsonl.gz")).isEqualTo(OutputFormat.JSONL_GZ);
    assertThatThrownBy(() -> OutputFormat.ofFile(Path.of("scored.xlsx")))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining(".jsonl, .jsonl.gz, .parquet, .csv");
    assertThatThrownBy(() -> OutputFormat.parse("xml")).hasMessageContaining("jsonl, jsonl.gz, parquet, csv");
  }
}
