package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path dir;

  private List<InputRecord> read(String csv) throws Exception {
    Path p = dir.resolve("t.csv");
    Files.write(p, csv.getBytes(StandardCharsets.UTF_8));
    List<InputRecord> out = new ArrayList<>();
    try (DatasetReader r = Datasets.open(p)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        out.add(rec);
      }
    }
    return out;
  }

  @Test
  void cellsBecomeTypedJsonByTheDocumentedRule() throws Exception {
    List<InputRecord> rows = read("\uFEFFid,n,flag,code,note\r\n1,2.5,true,007,\r\n");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.value().get("id").isNumber()).isTrue();
      assertThat(r.value().get("n").asDouble()).isEqualTo(2.5);
      assertThat(r.value().get("flag").isBoolean()).isTrue();
      assertThat(r.value().get("code").asString()).isEqualTo("007");
      assertThat(r.value().has("note")).isFalse();
    });
  }

  @Test
  void quotedNewlinesKeepTheRowStartLine() throws Exception {
    List<InputRecord> rows = read("a,b\n1,\"two\nlines\"\n3,4\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).value().get("b").asString()).isEqualTo("two\nlines");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void raggedRowIsAFailedRecordNamingTheLine() throws Exception {
    List<InputRecord> rows = read("a,b\n1,2\n3\n4,5\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).parsed()).isFalse();
    assertThat(rows.get(1).error()).contains("t.csv:3").contains("expected 2 cells").contains("found 1");
    assertThat(rows.get(2).parsed()).isTrue();
  }
}
