package dev.assay.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output options of every command, as one picocli mixin, with one meaning everywhere:
 * {@code --json} prints the command's result as exactly one JSON object on stdout (for machines);
 * {@code -q, --quiet} prints nothing but errors (no progress bar, no summary lines; with {@code
 * --json} the JSON object is still printed). Without either, a short summary for people: on stderr
 * for commands whose product is a run folder ({@link #report}), on stdout for commands whose
 * product is the printout itself ({@link #result}, e.g. {@code stats ...}, {@code reward eval}).
 *
 * <pre>{@code
 * @Mixin OutputMode output;
 * ...
 * output.report(summary, err -> err.printf("%d records%n", n));   // run-folder commands
 * output.result(metrics);                                         // printout commands
 * }</pre>
 */
public final class OutputMode {
  /** The help text of {@code --json}, the same on every command. */
  static final String JSON_HELP = "Print the result as one JSON object on stdout.";

  /** The help text of {@code --quiet}, the same on every command. */
  static final String QUIET_HELP = "Print nothing but errors: no progress bar, no summary.";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"-q", "--quiet"}, description = QUIET_HELP)
  boolean quiet;

  @Option(names = "--json", description = JSON_HELP)
  boolean json;

  /** True with {@code --quiet}. */
  public boolean quiet() {
    return quiet;
  }

  /** True with {@code --json}. */
  public boolean json() {
    return json;
  }

  /** True when people-facing lines (progress, summaries, notes) may be printed: neither flag. */
  public boolean chatty() {
    return !quiet && !json;
  }

  /** Prints {@code summary} as JSON with {@code --json}; else {@code human} on stderr unless quiet. */
  public void report(Map<String, Object> summary, Consumer<PrintWriter> human) {
    if (json) {
      JsonOutput.print(mixee.commandLine().getOut(), summary);
    } else if (!quiet) {
      PrintWriter err = mixee.commandLine().getErr();
      human.accept(err);
      err.flush();
    }
  }

  /**
   * Prints a command's result, the printout being its product: as JSON with {@code --json}, else
   * as {@link HumanSummary} lines on stdout unless quiet.
   */
  public void result(Object result) {
    PrintWriter out = mixee.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, result);
    } else if (!quiet) {
      HumanSummary.print(out, result);
    }
  }
}
