package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSetTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(p, text);
    }
    return p;
  }

  private static List<InputRecord> readAll(DatasetReader r) {
    List<InputRecord> out = new ArrayList<>();
    for (InputRecord rec; (rec = r.next()) != null; ) {
      out.add(rec);
    }
    return out;
  }

  @Test
  void aDirectoryExpandsToItsDataFilesSortedSkippingOthers() throws Exception {
    write("shards/part-2.jsonl", "{\"i\":3}\n");
    write("shards/part-1.jsonl.gz", "{\"i\":1}\n{\"i\":2}\n");
    write("shards/_SUCCESS", "");
    write("shards/notes.txt", "not data");
    write("shards/.hidden.jsonl", "{\"i\":99}\n");
    InputSet set = InputSet.expand(List.of(dir.resolve("shards").toString()));
    assertThat(set.files()).extracting(p -> p.getFileName().toString())
        .containsExactly("part-1.jsonl.gz", "part-2.jsonl");
  }

  @Test
  void recordsAreNumberedPerFileAndAcrossTheSet() throws Exception {
    Path a = write("a.json", "[{\"i\":1},{\"i\":2},{\"i\":3}]");
    Path b = write("b.jsonl", "{\"i\":4}\n\n{\"i\":5}\n");
    try (InputSetReader r = InputSet.expand(List.of(a.toString(), b.toString())).open(null)) {
      List<InputRecord> all = readAll(r);
      assertThat(all).extracting(InputRecord::index).containsExactly(1L, 2L, 3L, 1L, 2L);
      assertThat(all).extracting(InputRecord::ordinal).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(all).extracting(InputRecord::line).containsExactly(1L, 1L, 1L, 1L, 3L);
      assertThat(all.get(4).source()).isEqualTo(b.toString());
      assertThat(r.locate(2)).isEqualTo(new InputSetReader.Location(a.toString(), 2));
      assertThat(r.locate(5)).isEqualTo(new InputSetReader.Location(b.toString(), 2));
      ReadSummary s = r.summary();
      assertThat(s.records()).isEqualTo(5);
      assertThat(s.blankLines()).isEqualTo(1);
      assertThat(s.format()).isEqualTo("mixed");
    }
  }

  @Test
  void globsMatchInSortedOrderAndAPatternMatchingNothingIsAnError() throws Exception {
    write("g/x-10.csv", "t\nc\n");
    write("g/x-02.csv", "t\nb\n");
    write("g/y.csv", "t\nz\n");
    InputSet set = InputSet.expand(List.of(dir.resolve("g").toString() + "/x-*.csv"));
    assertThat(set.files()).extracting(p -> p.getFileName().toString()).containsExactly("x-02.csv", "x-10.csv");
    try (InputSetReader r = set.open(null)) {
      assertThat(readAll(r)).extracting(rec -> rec.value().get("t").asString()).containsExactly("b", "c");
    }
    String none = dir.resolve("g").toString() + "/*.parquet";
    assertThatThrownBy(() -> InputSet.expand(List.of(none)))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("matches no file");
    assertThatThrownBy(() -> InputSet.expand(List.of(dir.resolve("nope.jsonl").toString())))
        .hasMessageContaining("no such file");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> InputSet.expand(List.of(dir.resolve("empty").toString())))
        .hasMessageContaining("holds no data files");
  }

  @Test
  void tsvAndGzippedTsvReadThroughTheOneCsvReader() throws Exception {
    Path t = write("r.tsv.gz", "id\ttext\n1\thello, world\n2\t\"tab\tinside\"\n");
    try (DatasetReader r = Datasets.open(t)) {
      List<InputRecord> rows = readAll(r);
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).value().get("text").asString()).isEqualTo("hello, world");
      assertThat(rows.get(1).value().get("text").asString()).isEqualTo("tab\tinside");
      assertThat(r.summary().format()).isEqualTo("tsv");
      assertThat(r.summary().compressed()).isTrue();
    }
  }
}
