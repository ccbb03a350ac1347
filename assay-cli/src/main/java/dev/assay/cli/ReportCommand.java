package dev.assay.cli;

import dev.assay.report.ReportWriter;
import dev.assay.report.Reports;
import dev.assay.report.RunFolders;
import dev.assay.report.export.TableExporter;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay report}: one report people read, made from one or more run directories.
 *
 * <pre>{@code
 * ./assay report out/qa out/judge out/board --out out/report        # out/report/report.html, .md, .json
 * ./assay report out/qa --out-file out/qa-report.html
 * }</pre>
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Make one report from run directories (the --out directories of qa, judge, leaderboard, bias,"
          + " reward eval --report, ...): an executive summary in plain sentences, one section of charts"
          + " and tables per run, and the provenance of every number (tool version, inputs with SHA-256,"
          + " components, seeds).",
      "Writes the HTML page (self-contained, works offline), a Markdown summary (.md) and the report"
          + " model (.json) side by side: --out DIR writes DIR/report.html, DIR/report.md and DIR/report.json;"
          + " --out-file PATH.html writes the page there and the .md and .json beside it. Runs of commands without a detailed report get a section from"
          + " their manifest.",
      "Exit codes: 0 written; 2 a directory or its manifest.json is missing or unreadable."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay report out/qa out/judge out/board --out out/report"})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories (each with its manifest.json), in report order;"
      + " a folder without a manifest stands for the runs directly inside it (in the order they ran), files are skipped.")
  List<Path> runDirs = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Output directory: report.html, report.md and report.json (default: the current directory).")
  Path out;

  @Option(names = "--out-file", paramLabel = "PATH",
      description = "The HTML page to write instead (.html); its .md and .json go beside it.")
  Path outFile;

  @Option(names = "--tables", description = "Also write every table of the report (charts' data included) and the runs'"
      + " per-item tables (pairwise judgments, QA findings, quarantined records) as Parquet and CSV under"
      + " <report folder>/tables, with schema.json (see docs/analysis.md).")
  boolean tables;

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    Path page = page();
    RunFolders folders = RunFolders.of(runDirs);
    if (!folders.skipped().isEmpty()) {
      spec.commandLine().getErr().println("report: not run folders, skipped: "
          + String.join(", ", folders.skipped().stream().map(Path::toString).toList()));
    }
    Report report = Reports.build(folders.runs());
    ReportWriter.Written w = ReportWriter.write(report, page);
    TableExporter.Result exported = tables ? TableExporter.export(report,
        dev.assay.report.export.PerItemTables.forRuns(folders.runs()), w.html().toAbsolutePath().getParent()) : null;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("title", report.title());
    summary.put("html", w.html().toString());
    summary.put("markdown", w.markdown().toString());
    summary.put("json", w.json().toString());
    summary.put("runs", report.provenance().size());
    summary.put("sections", report.sections().size());
    summary.put("charts", count(report, Chart.class));
    summary.put("tables", count(report, Table.class));
    summary.put("headlines", report.summary().headlines().size());
    summary.put("not_significant", report.summary().notSignificant().size());
    summary.put("caveats", report.summary().caveats().size());
    if (exported != null) {
      summary.put("parquet_tables", exported.tables().size());
      summary.put("tables_schema", exported.schema().toString());
    }
    output.report(summary, err -> {
      err.printf("%s: %d runs, %d sections, %d charts -> %s (+ %s, %s)%n", report.title(), report.provenance().size(),
          report.sections().size(), count(report, Chart.class), w.html(), w.markdown().getFileName(), w.json().getFileName());
      report.summary().headlines().forEach(h -> err.println("  " + h));
      if (exported != null) {
        err.printf("%d Parquet tables -> %s%n", exported.tables().size(), exported.folder());
      }
    });
    return ExitCode.OK;
  }

  /** The HTML page: DIR/report.html for --out DIR, the --out-file path, or ./report.html. */
  private Path page() {
    if (out != null && outFile != null) {
      throw new UsageError("give either --out DIR or --out-file PATH.html, not both");
    }
    if (outFile != null) {
      String name = outFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (!name.endsWith(".html") && !name.endsWith(".htm")) {
        throw new UsageError("--out-file " + outFile + ": expected an .html file (the .md and .json go beside it)");
      }
      return outFile;
    }
    Path dir = out == null ? Path.of("") : out;
    if (java.nio.file.Files.isRegularFile(dir)) {
      throw new UsageError("--out " + dir + ": is a file; --out names a directory (use --out-file PATH.html for one page)");
    }
    return dir.resolve("report.html");
  }

  private static long count(Report r, Class<?> kind) {
    long n = 0;
    for (Section s : r.sections()) {
      n += s.blocks().stream().filter(kind::isInstance).count();
    }
    return n;
  }
}
