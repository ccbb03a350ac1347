package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.cli.CliHarness;
import dev.assay.cli.UsageError;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats commands read tables through the one core CSV/TSV reader, gzip included. */
class StatsTableTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
        out.write(b);
      }
    } else {
      Files.write(p, b);
    }
    return p;
  }

  @Test
  void quotesCrlfBomAndMultilineFields() throws Exception {
    StatsTable t =
        StatsTable.read(write("f.csv", "\uFEFFa,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\r\n\r\n\"two\nlines\",3\r\n4,\r\n"));
    assertThat(t.header()).containsExactly("a", "b");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).cells()).containsExactly("x, y", "he said \"hi\"");
    assertThat(t.rows().get(1).cells()).containsExactly("two\nlines", "3");
    assertThat(t.rows().get(1).line()).isEqualTo(4);
    assertThat(t.rows().get(2).line()).isEqualTo(6);
    assertThat(t.rows().get(2).cells()).containsExactly("4", "");
  }

  @Test
  void gzippedCsvAndTsvReadTheSame() throws Exception {
    StatsTable gz = StatsTable.read(write("r.csv.gz", "label,score\n1,0.9\n0,0.25\n"));
    StatsTable tsv = StatsTable.read(write("r.tsv", "label\tscore\n1\t0.9\n0\t0.25\n"));
    assertThat(gz.rows()).hasSize(2);
    assertThat(gz.rows().get(1).cells()).containsExactly("0", "0.25");
    assertThat(tsv.rows().get(1).cells()).containsExactly("0", "0.25");
    assertThat(gz.column("score")).isEqualTo(1);
  }

  @Test
  void malformedTablesAreUsageErrors() throws Exception {
    assertThatThrownBy(() -> StatsTable.read(write("m.csv", "a,b\n1,2,3\n")))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("m.csv:2: expected 2 cells (as in the header), found 3");
    assertThatThrownBy(() -> StatsTable.read(write("d.csv", "a,a\n1,2\n")))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> StatsTable.read(write("e.csv", "\n\n")))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> StatsTable.read(write("c.csv", "label,score\n1,0.5\n")).column("prob"))
        .hasMessageContaining("missing column 'prob', found columns label, score");
  }

  @Test
  void statsClassificationReadsAGzippedCsv() throws Exception {
    Path p = write("pred.csv.gz", "label,score\n1,0.9\n0,0.2\n1,0.7\n0,0.4\n");
    CliHarness r = CliHarness.run("stats", "classification", p.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"roc_auc\"");
  }
}
