package dev.assay.report.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RunFilesTest {
  @TempDir Path dir;

  @Test
  void jsonLinesSkipBlankBrokenAndNonObjectLinesAndCountThem() throws Exception {
    Path f = dir.resolve("j.jsonl");
    Files.writeString(f, "{\"id\": 1}\n\n{broken\n[1, 2]\n{\"id\": 2}\n");
    List<Long> ids = new ArrayList<>();
    long skipped = RunFiles.eachLine(f, n -> ids.add(n.get("id").asLong()));
    assertThat(ids).containsExactly(1L, 2L);
    assertThat(skipped).isEqualTo(2);
    assertThat(RunFiles.eachLine(dir.resolve("absent.jsonl"), n -> ids.add(0L))).isZero();
  }

  @Test
  void fieldsThatMayBeMissingOrNull() throws Exception {
    JsonNode n = Json.MAPPER.readTree("{\"a\": 1.5, \"b\": null, \"c\": \"x\", \"d\": 7}");
    assertThat(RunFiles.num(n, "a")).isEqualTo(1.5);
    assertThat(RunFiles.num(n, "b")).isNaN();
    assertThat(RunFiles.num(n, "c")).isNaN();
    assertThat(RunFiles.num(null, "a")).isNaN();
    assertThat(RunFiles.count(n, "d", -1)).isEqualTo(7);
    assertThat(RunFiles.count(n, "zz", -1)).isEqualTo(-1);
    assertThat(RunFiles.text(n, "b", "none")).isEqualTo("none");
    assertThat(RunFiles.text(n, "c", "none")).isEqualTo("x");
  }

  @Test
  void aMissingOrBrokenDocumentNamesTheFile() throws Exception {
    assertThatThrownBy(() -> RunFiles.json(dir, "report.json")).hasMessage(dir + ": no report.json (was this run directory copied completely?)");
    assertThat(RunFiles.jsonIfPresent(dir, "report.json")).isNull();
    Files.writeString(dir.resolve("report.json"), "{\"a\": ");
    assertThatThrownBy(() -> RunFiles.json(dir, "report.json")).hasMessageStartingWith(dir.resolve("report.json") + ": not valid JSON");
  }
}
