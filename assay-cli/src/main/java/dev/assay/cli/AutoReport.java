package dev.assay.cli;

import dev.assay.report.ReportWriter;
import dev.assay.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The report every result-writing command makes at its end, as a picocli mixin: {@code
 * <out>/assay-report.html} with {@code assay-report.md} and {@code assay-report.json} beside it
 * (not {@code report.*}: qa and bias already write their own {@code report.json}), unless {@code
 * --no-report}. A report that cannot be made is a warning on stderr; it never changes the command's
 * result or exit code.
 *
 * <pre>{@code
 * @Mixin AutoReport report;
 * ...
 * report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
 * }</pre>
 */
public final class AutoReport {
  /** The report's file name inside a run directory. */
  public static final String FILE = "assay-report.html";

  @Option(names = "--no-report", description = "Do not write <out>/" + FILE + " (+ .md, .json), the report people read.")
  boolean disabled;

  /** True with {@code --no-report}. */
  public boolean disabled() {
    return disabled;
  }

  /**
   * Builds the report of {@code runDir} and writes it there; says where on {@code err} unless
   * {@code quiet}. Returns the page's path, or null when disabled or when it failed (a warning is
   * printed).
   */
  public Path write(PrintWriter err, Path runDir, boolean quiet) {
    if (disabled) {
      return null;
    }
    return writeReport(err, List.of(runDir), runDir.resolve(FILE), quiet);
  }

  /** Builds the report of {@code runDirs} into {@code html}; failures are warnings, never exceptions. */
  static Path writeReport(PrintWriter err, List<Path> runDirs, Path html, boolean quiet) {
    try {
      ReportWriter.Written w = ReportWriter.write(Reports.build(runDirs), html);
      if (!quiet) {
        err.println("report: " + w.html() + " (summary: " + w.markdown() + ")");
        err.flush();
      }
      return w.html();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("assay: warning: the report " + html + " was not written (the run's results are unaffected): " + e.getMessage());
      err.flush();
      return null;
    }
  }
}
