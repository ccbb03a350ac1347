package dev.assay.cli;

import dev.assay.cli.notebook.NotebookRun;
import java.nio.file.Path;
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
 * {@code assay notebook}: a Jupyter notebook executed headless with parameters, as a command and a
 * pipeline step. The work is in {@link NotebookRun}.
 *
 * <pre>{@code
 * ./assay notebook docs/notebooks/analysis.ipynb --param TABLES=out/quickstart/tables --out out/analysis --html
 * }</pre>
 */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description = {
      "Execute a Jupyter notebook headless (Debian's python3-nbclient, a fresh python3 kernel) with parameters:"
          + " each --param NAME=VALUE is set in a cell inserted after the cell tagged 'parameters' (papermill's"
          + " convention); JSON numbers, true/false/null, quoted strings, lists and maps keep their type, other text is a string.",
      "Writes <out>/<name>.ipynb (executed, with every output and a failing cell's traceback), <out>/<name>.html with"
          + " --html, and manifest.json. The kernel runs in <out>, so files the notebook writes by relative path land there.",
      "Exit codes: 0 every cell ran; 2 usage (no such notebook, no python with nbclient); 3 a cell failed (named with"
          + " its number and error; the executed notebook shows where); 70 internal."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  assay notebook analysis.ipynb --param TABLES=out/qs/tables --out out/nb --html",
      "  # as a pipeline step:",
      "  analysis:",
      "    command: notebook",
      "    args: [docs/notebooks/analysis.ipynb]",
      "    params: {param: {TABLES: tables}, html: true}",
      "    inputs: [tables]"
    })
public final class NotebookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NOTEBOOK", description = "The notebook (.ipynb).")
  Path notebook;

  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (the kernel's working directory).")
  Path out;

  @Option(names = "--python", paramLabel = "PATH", description = "Python with nbclient and ipykernel (default: $ASSAY_PYTHON, else python3).")
  String python;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Longest a cell may run (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--html", description = "Also write the executed notebook as HTML.")
  boolean html;

  @Mixin OutputMode output;

  @Override
  public Integer call() throws InterruptedException {
    if (timeout < 1) {
      throw new UsageError("--timeout: expected whole seconds >= 1, found " + timeout);
    }
    String py = python != null ? python : System.getenv().getOrDefault("ASSAY_PYTHON", "python3");
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    NotebookRun.Result r;
    try (ProgressReporter bar = ProgressReporter.items("notebook", "cells", output.quiet() || output.json())) {
      r = NotebookRun.run(new NotebookRun.Options(notebook, out, params, py, timeout, html, args), bar::stepTo);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("status", r.ok() ? "ok" : "failed");
    summary.put("cells", r.cells());
    summary.put("executed", r.executed());
    summary.put("failed_cell", r.ok() ? null : r.failedCell());
    summary.put("error", r.error());
    summary.put("notebook", r.executedNotebook().toString());
    summary.put("html", r.html() == null ? null : r.html().toString());
    summary.put("seconds", r.seconds());
    summary.put("out", out.toString());
    output.report(summary, err -> {
      if (r.ok()) {
        err.printf("%s: %d cells ran in %.1f s -> %s%n", notebook.getFileName(), r.executed(), r.seconds(), r.executedNotebook());
      } else {
        err.printf("assay: %s: cell %d failed: %s (the executed notebook, traceback included: %s)%n", notebook, r.failedCell(),
            r.error(), r.executedNotebook());
      }
    });
    return r.ok() ? ExitCode.OK : ExitCode.RUN_FAILED;
  }
}
