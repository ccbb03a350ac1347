package dev.assay.report;

import dev.assay.report.model.Report;
import dev.assay.report.render.HtmlReportRenderer;
import dev.assay.report.render.JsonReportRenderer;
import dev.assay.report.render.MarkdownReportRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report's three files side by side: the HTML page, the Markdown summary and the JSON
 * model ({@code report.html}, {@code report.md}, {@code report.json}). Parent directories are
 * created; each file is written to a temporary file in the same directory and then moved into
 * place, so a reader never sees half a report. The HTML page is about 1 MB (it inlines ECharts).
 *
 * <pre>{@code
 * ReportWriter.Written w = ReportWriter.write(report, Path.of("out/report.html"));
 * System.out.println(w.html() + " " + w.markdown() + " " + w.json());
 * }</pre>
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * The files written.
   *
   * @param html the page
   * @param markdown the Markdown summary beside it
   * @param json the report model as JSON beside it
   */
  public record Written(Path html, Path markdown, Path json) {}

  /** Writes {@code html} and, beside it with the same stem, {@code .md} and {@code .json}. */
  public static Written write(Report report, Path html) {
    Path target = html.toAbsolutePath().normalize();
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path markdown = target.resolveSibling(stem + ".md");
    Path json = target.resolveSibling(stem + ".json");
    if (markdown.equals(target) || json.equals(target)) {
      throw new IllegalArgumentException(html + ": the HTML report needs a name other than " + stem + ".md/.json");
    }
    try {
      Files.createDirectories(target.getParent());
      writeAtomically(json, new JsonReportRenderer().render(report));
      writeAtomically(markdown, new MarkdownReportRenderer().render(report));
      writeAtomically(target, new HtmlReportRenderer().render(report));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + html + ": " + e.getMessage(), e);
    }
    return new Written(html, html.resolveSibling(markdown.getFileName()), html.resolveSibling(json.getFileName()));
  }

  /**
   * Writes beside {@code file} and moves into place. The temporary file is made with the
   * process' default permissions (not {@code Files.createTempFile}'s owner-only ones), so the
   * report is as readable as any other file the user writes.
   */
  private static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
