package dev.assay.cli;

import dev.assay.cli.quickstart.QuickstartPipeline;
import dev.assay.cli.quickstart.QuickstartRun;
import dev.assay.cli.quickstart.QuickstartStep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay quickstart}: the whole product on bundled sample data, with no API key and no
 * server. The steps are in {@link QuickstartRun}; this command prints one line per step (or one
 * JSON object with {@code --json}).
 *
 * <pre>{@code
 * ./assay quickstart                 # writes out/quickstart/
 * ./assay quickstart --out /tmp/qs --json
 * }</pre>
 */
@Command(
    name = "quickstart",
    mixinStandardHelpOptions = true,
    description = {
      "Run Assay end to end on bundled sample chats (66 prompts, each answered by model-a and"
          + " model-b, with planted problems): validate against the openai-chat schema (bad records"
          + " to quarantine), a QA pipeline (empty, length, repetition, PII redaction, toxicity with"
          + " the embedded scorer, exact and near duplicates), the offline reward-model judge on the"
          + " pairs of kept answers, a leaderboard with bootstrap intervals, analysis tables"
          + " (Parquet, <out>/tables) and a report over the runs (<out>/report.html).",
      "Needs no API key and no server. Each step writes its own folder with manifest.json under"
          + " --out (default out/quickstart), as its own command would (qa, judge and leaderboard"
          + " with their assay-report.html); the inputs (sample, qa.yaml) are in <out>/inputs, and the"
          + " steps as a pipeline in <out>/pipeline.yaml: after an edit, 'assay run <out>/pipeline.yaml'"
          + " runs again exactly the steps it affects (with nothing changed, every step is cached)."
    })
public final class QuickstartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out", "quickstart");

  @Mixin OutputMode output;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    if (output.chatty()) {
      o.println("Assay quickstart: bundled sample chats, no API key, no server -> " + out);
      o.flush();
    }
    QuickstartRun.Result r = QuickstartRun.run(out, step -> print(o, step));
    for (Path run : r.runs()) {
      if (!run.getFileName().toString().equals("validate")) { // as assay qa, judge and leaderboard do; validate makes none
        AutoReport.writeReport(spec.commandLine().getErr(), List.of(run), run.resolve(AutoReport.FILE), true);
      }
    }
    QuickstartPipeline.record(r.pipeline(), r, Main::commandLine);
    if (output.json()) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("out", out.toString());
      summary.put("steps", r.steps().stream().map(QuickstartStep::toJson).toList());
      summary.put("report", r.report().toString());
      summary.put("tables", r.tables().toString());
      summary.put("pipeline", r.pipeline().toString());
      JsonOutput.print(o, summary);
      return ExitCode.OK;
    }
    if (output.quiet()) {
      return ExitCode.OK;
    }
    o.println("report: " + r.report() + "  (open it in a browser; analysis tables in " + r.tables() + ", docs/analysis.md)");
    // Absolute paths and the launcher's own path (ASSAY_LAUNCHER, set by ./assay): both commands
    // work from any directory and touch only this folder.
    String assay = shellWord(System.getenv().getOrDefault("ASSAY_LAUNCHER", "./assay"));
    Path abs = out.toAbsolutePath().normalize();
    Path qaConfig = abs.resolve(QuickstartPipeline.QA_CONFIG);
    o.println("the same report again: " + assay + " report " + shellWord(abs.toString()) + " --out-file "
        + shellWord(abs.resolve("report.html").toString()));
    o.println("each run folder holds its manifest.json; the steps are in " + r.pipeline().toAbsolutePath().normalize()
        + ": edit " + qaConfig + " (or any input) and rerun what it affects with " + assay + " run "
        + shellWord(r.pipeline().toAbsolutePath().normalize().toString()));
    o.flush();
    return ExitCode.OK;
  }

  /** {@code s} as one shell word: as it is when safe, else in single quotes. */
  static String shellWord(String s) {
    return s.matches("[A-Za-z0-9_./:=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private void print(PrintWriter o, QuickstartStep step) {
    if (!output.chatty()) {
      return;
    }
    o.printf("  %-12s %s -> %s%n", step.name(), step.line(), step.output());
    o.flush();
  }
}
