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
 * ./assay report out/qa out/judge out/board --out out/report.html
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
          + " model (.json) side by side. Runs of commands without a detailed report get a section from"
          + " their manifest.",
      "Exit codes: 0 written; 2 a directory or its manifest.json is missing or unreadable."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay report out/qa out/judge out/board --out out/report.html"})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run directories (each with its manifest.json), in report order;"
      + " a folder without a manifest stands for the runs directly inside it (in the order they ran), files are skipped.")
  List<Path> runDirs = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The HTML page to write (default: ${DEFAULT-VALUE}); .md and .json go beside it.")
  Path out = Path.of("report.html");

  @Option(names = "--tables", description = "Also write every table of the report (charts' data included) as Parquet under"
      + " <report folder>/tables, with schema.json (see docs/analysis.md).")
  boolean tables;

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    RunFolders folders = RunFolders.of(runDirs);
    if (!folders.skipped().isEmpty()) {
      spec.commandLine().getErr().println("report: not run folders, skipped: "
          + String.join(", ", folders.skipped().stream().map(Path::toString).toList()));
    }
    Report report = Reports.build(folders.runs());
    ReportWriter.Written w = ReportWriter.write(report, out);
    TableExporter.Result exported = tables ? TableExporter.export(report, w.html().toAbsolutePath().getParent()) : null;
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

  private static long count(Report r, Class<?> kind) {
    long n = 0;
    for (Section s : r.sections()) {
      n += s.blocks().stream().filter(kind::isInstance).count();
    }
    return n;
  }
}
