package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.Report;
import dev.assay.report.render.JsonReportRenderer;
import dev.assay.report.render.SampleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @Test
  void writesThePageAndItsMarkdownAndJsonSiblingsCreatingDirectories(@TempDir Path dir) throws Exception {
    Report r = SampleReport.full();
    Path html = dir.resolve("a/b/report.html");
    ReportWriter.Written w = ReportWriter.write(r, html);
    assertThat(w.html()).isEqualTo(html);
    assertThat(w.markdown()).isEqualTo(dir.resolve("a/b/report.md"));
    assertThat(w.json()).isEqualTo(dir.resolve("a/b/report.json"));
    assertThat(Files.readString(w.html())).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(w.markdown())).startsWith("# Assay report");
    assertThat(JsonReportRenderer.read(Files.readString(w.json()))).isEqualTo(r);
    try (Stream<Path> files = Files.list(html.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html", "report.md", "report.json");
    }
  }

  @Test
  void reportsAreAsReadableAsAFileTheUserWrites(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    ReportWriter.Written w = ReportWriter.write(SampleReport.full(), dir.resolve("report.html"));
    for (Path p : java.util.List.of(w.html(), w.markdown(), w.json())) {
      assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void overwritesAnOlderReport(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("summary.htm");
    Files.writeString(html, "old");
    Files.writeString(dir.resolve("summary.md"), "old");
    ReportWriter.write(SampleReport.full(), html);
    assertThat(Files.readString(html)).contains("</html>");
    assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("# ");
    assertThat(dir.resolve("summary.json")).exists();
  }
}
