package dev.assay.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output options every result-writing command shares, as a picocli mixin: {@code --json} prints
 * the run summary as one JSON object on stdout (for machines); otherwise a short summary for people
 * goes to stderr, unless {@code --quiet}.
 *
 * <pre>{@code
 * @Mixin OutputMode output;
 * ...
 * output.report(summary, err -> err.printf("%d records%n", n));
 * }</pre>
 */
public final class OutputMode {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr.")
  boolean quiet;

  @Option(names = "--json", description = "Print the summary as one JSON object on stdout.")
  boolean json;

  /** True with {@code --quiet}. */
  public boolean quiet() {
    return quiet;
  }

  /** True with {@code --json}. */
  public boolean json() {
    return json;
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
}
