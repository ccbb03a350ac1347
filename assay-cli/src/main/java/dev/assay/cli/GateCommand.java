package dev.assay.cli;

import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.RunFileKind;
import dev.assay.core.run.RunJson;
import dev.assay.core.run.RunStatus;
import dev.assay.report.gate.Gate;
import dev.assay.report.gate.GateAssertion;
import dev.assay.report.gate.GateConfig;
import dev.assay.report.gate.GateInputs;
import dev.assay.report.gate.GateOutputs;
import dev.assay.report.gate.GateSyntaxException;
import dev.assay.report.gate.GateUsageException;
import dev.assay.report.gate.Runs;
import dev.assay.report.gate.TestChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * {@code assay gate}: quality-gate assertions over run folders, for CI. Thin: the assertions,
 * fields and tests live in assay-report's {@code dev.assay.report.gate}; see docs/gates.md.
 *
 * <pre>{@code
 * ./assay gate --assert 'qa.rejected_share <= 0.1' --assert 'leaderboard.models[model-a].win_rate_lower >= 50' out/
 * ./assay gate --config gate.yaml --baseline main/judge --out gate/ pr/judge
 * }</pre>
 */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = {
      "Check quality-gate assertions over run folders, for CI: exit 0 pass, 1 fail, 2 bad usage, 70 cannot evaluate.",
      "Exit 1 means an assertion failed, 2 bad usage or an unknown field (the fields that exist are listed), 70 an"
          + " assertion could not be evaluated (e.g. an unreadable run folder or an older contract); they never mix.",
      "An assertion is '<run>.<field path> <op> <number>' with op one of < <= > >= == !=; <run> is a run folder's name"
          + " (or its command when unique); the path walks the run's contract files (assay schema KIND) plus derived"
          + " fields: qa.rejected_share, qa.duplicate_rate, qa.toxicity_rejected_share,"
          + " leaderboard.models[model-a].win_rate_lower, leaderboard.models[model-a].rank, leaderboard.kappa,"
          + " judge.win_rate, reward-eval.accuracy, <run>.manifest.counts.<name>. See docs/gates.md.",
      "'<field> >= baseline - 0.02' compares with the same field of the --baseline run: a shortfall fails only when a"
          + " test on matched items (McNemar or paired bootstrap) is significant after Holm's correction."
    },
    footer = {
      "%nExamples:",
      "  assay gate --assert 'qa.rejected_share <= 0.1' --assert 'qa.duplicate_rate < 0.05' out/quickstart",
      "  assay gate --config gate.yaml --baseline main/judge --junit junit.xml pr/judge"
    })
public final class GateCommand implements Callable<Integer> {
  /** Where environment variables come from ({@code GITHUB_STEP_SUMMARY}); tests replace it. */
  static java.util.function.UnaryOperator<String> env = System::getenv;

  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Option(names = "--assert", paramLabel = "EXPR", description = "An assertion, e.g. 'qa.rejected_share <= 0.1' (repeatable).")
  List<String> asserts = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "gate.yaml: 'assertions:' as a list (and alpha, test, resamples, seed).")
  Path config;

  @Option(names = "--baseline", paramLabel = "DIR", description = "Baseline run folder(s) for 'baseline' assertions (repeatable).")
  List<Path> baseline = new ArrayList<>();

  @Option(names = "--alpha", paramLabel = "A", description = "Family-wise significance level of baseline comparisons (default 0.05).")
  Double alpha;

  @Option(names = "--test", paramLabel = "TEST", description = "auto (default), mcnemar or bootstrap.")
  String test;

  @Option(names = "--resamples", paramLabel = "N", description = "Paired bootstrap resamples (default 2000).")
  Integer resamples;

  @Option(names = "--seed", paramLabel = "N", description = "Paired bootstrap seed (default 42).")
  Long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write gate.json, junit.xml, gate.md and manifest.json here.")
  Path out;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML here.")
  Path junit;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown summary here.")
  Path markdown;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders, or folders holding run folders.")
  List<Path> runDirs;

  @Override
  public Integer call() {
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    ManifestBuilder manifest = RunManifest.builder("gate", args);
    GateConfig file = config == null ? new GateConfig(List.of(), null, null, null, null) : GateConfig.load(config);
    List<GateAssertion> assertions = new ArrayList<>(file.assertions());
    Gate.Options options;
    Runs runs;
    Runs base;
    try {
      for (String a : asserts) {
        assertions.add(GateAssertion.parse(a));
      }
      options = new Gate.Options(
          alpha != null ? alpha : file.alpha() != null ? file.alpha() : Gate.Options.DEFAULTS.alpha(),
          test != null ? TestChoice.of(test) : file.test() != null ? file.test() : Gate.Options.DEFAULTS.test(),
          resamples != null ? resamples : file.resamples() != null ? file.resamples() : Gate.Options.DEFAULTS.resamples(),
          seed != null ? seed : file.seed() != null ? file.seed() : Gate.Options.DEFAULTS.seed());
      runs = GateInputs.load(runDirs);
      base = baseline.isEmpty() ? null : GateInputs.load(baseline);
    } catch (GateSyntaxException e) {
      throw new UsageError(e.getMessage(), e);
    }
    if (assertions.isEmpty()) {
      throw new UsageError("no assertions: give --assert 'qa.rejected_share <= 0.1' or --config gate.yaml");
    }
    GateResults results;
    try {
      results = Gate.evaluate(assertions, runs, base, options);
    } catch (GateUsageException e) {
      PrintWriter err = spec.commandLine().getErr();
      e.problems().forEach(p -> err.println("assay: gate: " + p));
      err.flush();
      return ExitCode.USAGE;
    }
    write(results, manifest, runs, base, assertions, options);
    report(results);
    return results.outcome() == GateOutcome.PASS ? ExitCode.OK : results.outcome() == GateOutcome.FAIL ? 1 : ExitCode.INTERNAL;
  }

  private void write(GateResults r, ManifestBuilder m, Runs runs, Runs base, List<GateAssertion> assertions, Gate.Options o) {
    String md = GateOutputs.markdown(r);
    String xml = GateOutputs.junit(r);
    if (out != null) {
      Path gate = out.resolve(RunFileKind.GATE_RESULTS.fileName());
      RunFileKind.GATE_RESULTS.contract(GateResults.class).write(gate, r);
      writeText(out.resolve("junit.xml"), xml);
      writeText(out.resolve("gate.md"), md);
      Map<String, Object> cfg = new LinkedHashMap<>();
      cfg.put("assertions", assertions.stream().map(a -> a.expression() + (a.severity() == dev.assay.core.run.GateSeverity.WARN ? " (warn)" : "")).toList());
      cfg.put("alpha", o.alpha());
      cfg.put("test", o.test().id());
      cfg.put("resamples", o.resamples());
      cfg.put("correction", "holm");
      m.component("gate", "assertions", cfg).seed("bootstrap", o.seed());
      List<dev.assay.report.gate.RunView> all = new ArrayList<>(runs.runs());
      if (base != null) {
        all.addAll(base.runs());
      }
      for (var v : all) {
        Path mf = v.dir().resolve(RunFileKind.MANIFEST.fileName());
        if (Files.isRegularFile(mf)) {
          m.input(mf, "json", 1);
        }
      }
      m.output("gate", gate, "json", r.assertions().size())
          .output("junit", out.resolve("junit.xml"), "xml", r.assertions().size())
          .output("markdown", out.resolve("gate.md"), "md", r.assertions().size())
          .count("assertions", r.assertions().size()).count("passed", r.passed()).count("failed", r.failed())
          .count("warned", r.warned()).count("errors", r.errors());
      RunStatus status = r.outcome() == GateOutcome.PASS ? RunStatus.OK : r.outcome() == GateOutcome.FAIL ? RunStatus.DATA_REJECTED : RunStatus.FAILED;
      ManifestWriter.write(m.build(status), out.resolve(RunFileKind.MANIFEST.fileName()));
    }
    if (junit != null) {
      writeText(junit, xml);
    }
    if (markdown != null) {
      writeText(markdown, md);
    }
    String summary = env.apply("GITHUB_STEP_SUMMARY");
    if (summary != null && !summary.isBlank()) {
      try {
        Files.writeString(Path.of(summary), md + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("GITHUB_STEP_SUMMARY " + summary + ": cannot append: " + e.getMessage(), e);
      }
    }
  }

  private void report(GateResults r) {
    PrintWriter err = spec.commandLine().getErr();
    if (output.json()) {
      PrintWriter o = spec.commandLine().getOut();
      o.println(RunJson.WRITER.writeValueAsString(r));
      o.flush();
    }
    for (GateResults.Assertion a : r.assertions()) {
      boolean show = !output.quiet() && !output.json() || a.outcome() == GateOutcome.ERROR;
      if (show) {
        String tag = a.outcome() == GateOutcome.FAIL && a.severity() == dev.assay.core.run.GateSeverity.WARN ? "WARN" : a.outcome().name();
        err.println(tag + "  " + a.expression() + ": " + a.message());
      }
    }
    if (!output.quiet() && !output.json()) {
      err.printf(java.util.Locale.ROOT, "gate %s: %d passed, %d failed, %d warned, %d errors%n",
          r.outcome().wire(), r.passed(), r.failed(), r.warned(), r.errors());
    }
    err.flush();
  }

  private static void writeText(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
