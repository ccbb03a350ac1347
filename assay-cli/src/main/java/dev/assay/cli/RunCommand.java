package dev.assay.cli;

import dev.assay.cli.pipeline.PipelineOutcome;
import dev.assay.cli.pipeline.PipelineRunner;
import dev.assay.cli.pipeline.PipelineSchema;
import dev.assay.cli.pipeline.RunLock;
import dev.assay.cli.pipeline.RunOptions;
import dev.assay.cli.pipeline.StepResult;
import dev.assay.cli.pipeline.StepStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay run pipeline.yaml}: runs a pipeline of Assay commands (docs/pipelines.md), each step
 * again only when its inputs, configuration, tool or models changed since the lock file recorded it.
 *
 * <pre>{@code
 * ./assay run pipeline.yaml                 # run what changed
 * ./assay run pipeline.yaml --dry-run       # the plan: each step, would run (why) or cached
 * ./assay run pipeline.yaml --force judge --jobs 4 --json
 * }</pre>
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a pipeline of Assay commands (pipeline.yaml: steps with command, args, params, inputs, out;"
          + " ${steps.NAME} is step NAME's output). A step runs again only when an input file, its arguments,"
          + " the Assay version or a model file it names changed, or its output was deleted or edited;"
          + " pipeline.lock beside the file records what each output was made from. See docs/pipelines.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   every selected step ran or was cached",
      "  1   a step failed (its downstream steps were skipped; the message names it)",
      "  2   bad pipeline file: unknown command or option, cycle, missing input (file:line)",
      "  70  internal failure",
      "  75  another 'assay run' of this pipeline holds its lock",
      "",
      "Examples:",
      "  assay run out/quickstart/pipeline.yaml",
      "  assay run pipeline.yaml --dry-run --json"
    })
public final class RunCommand implements Callable<Integer> {
  /** Exit code when another run holds the pipeline's lock (EX_TEMPFAIL: try again later). */
  public static final int LOCKED = 75;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE", description = "The pipeline file (YAML).")
  Path file;

  @Option(names = "--force", paramLabel = "STEP", description = "Run STEP even if cached (repeatable).")
  List<String> force = new ArrayList<>();

  @Option(names = "--force-all", description = "Run every selected step even if cached.")
  boolean forceAll;

  @Option(names = "--from", paramLabel = "STEP", description = "Only STEP and the steps downstream of it.")
  String from;

  @Option(names = "--until", paramLabel = "STEP", description = "Only STEP and the steps upstream of it.")
  String until;

  @Option(names = {"-n", "--dry-run"}, description = "Print the plan (each step: would run and why, or cached); run nothing.")
  boolean dryRun;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "2", description = "Independent steps at once (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(names = "--schema", description = "Print the JSON Schema of pipeline files and exit.")
  boolean schema;

  @Mixin OutputMode output;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (schema) {
      out.print(PipelineSchema.json());
      out.flush();
      return ExitCode.OK;
    }
    if (file == null) {
      throw new UsageError("run needs a pipeline file: assay run pipeline.yaml (see docs/pipelines.md)");
    }
    if (jobs < 1) {
      throw new UsageError("--jobs must be at least 1, found " + jobs);
    }
    RunOptions options = new RunOptions(new LinkedHashSet<>(force), forceAll, from, until, dryRun, jobs);
    boolean talk = !output.quiet() && !output.json();
    PipelineRunner runner = new PipelineRunner(Main::commandLine, r -> {
      if (talk) {
        err.println(line(r, dryRun));
        err.flush();
      }
    });
    PipelineOutcome o;
    try {
      o = runner.run(file, options);
    } catch (RunLock.HeldException e) {
      err.println("assay: " + e.getMessage());
      err.flush();
      return LOCKED;
    }
    if (output.json()) {
      JsonOutput.print(out, o.toJson());
    } else if (talk) {
      err.printf(Locale.ROOT, "%s: %s in %.1f s; lock %s%n", dryRun ? "plan" : "pipeline", counts(o), o.durationMs() / 1000.0, o.lock());
    }
    if (o.firstFailure().isPresent()) {
      StepResult f = o.firstFailure().get();
      List<String> skipped = o.steps().stream()
          .filter(s -> s.status() == StepStatus.SKIPPED && s.reason().startsWith("upstream")).map(StepResult::name).toList();
      err.println("assay: step '" + f.name() + "' failed: " + f.reason() + (f.log() == null ? "" : " (log: " + f.log() + ")")
          + (skipped.isEmpty() ? "" : "; not run: " + String.join(", ", skipped)));
      err.flush();
      return ExitCode.DATA_REJECTED;
    }
    return ExitCode.OK;
  }

  private static String line(StepResult r, boolean dryRun) {
    String status = dryRun && r.status() == StepStatus.RAN ? "would run" : r.status().label();
    String time = dryRun || r.status() == StepStatus.SKIPPED ? "" : String.format(Locale.ROOT, "%6.1f s", r.durationMs() / 1000.0);
    return String.format(Locale.ROOT, "run: %-14s %-9s %8s  %s", r.name(), status, time, r.reason()).stripTrailing();
  }

  private static String counts(PipelineOutcome o) {
    List<String> parts = new ArrayList<>();
    for (StepStatus s : StepStatus.values()) {
      parts.add(o.count(s) + " " + (o.dryRun() && s == StepStatus.RAN ? "would run" : s.label()));
    }
    return String.join(", ", parts);
  }
}
