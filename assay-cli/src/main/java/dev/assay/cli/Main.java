package dev.assay.cli;

import dev.assay.cli.stats.StatsCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code assay} command line: a picocli root with one subcommand per capability. Commands are
 * thin; the work is in the libraries. Every command takes {@code --json} and {@code --quiet} ({@link
 * OutputMode}) and {@code --help} (with an example, {@link UsageHelp}); a mistyped command or
 * option gets a "did you mean" ({@link DidYouMean}).
 *
 * <pre>{@code
 * ./assay --help
 * ./assay validate --schema alpaca data.jsonl --out out/
 * }</pre>
 */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trustworthy LLM training data and evaluations.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   success: everything ran and every record passed",
      "  1   data rejected: the run completed but some records were quarantined or rejected",
      "  2   bad usage: unknown option, missing/unreadable input, invalid configuration",
      "  3   the run itself failed (notebook: a cell raised)",
      "  70  internal failure"
    },
    subcommands = {
      ValidateCommand.class,
      QaCommand.class,
      ToxicityCommand.class,
      TrainCommand.class,
      JudgeCommand.class,
      PairCommand.class,
      BiasCommand.class,
      DedupCommand.class,
      ContaminationCommand.class,
      DriftCommand.class,
      QuickstartCommand.class,
      NotebookCommand.class,
      StatsCommand.class,
      EvalCommand.class,
      LeaderboardCommand.class,
      RewardCommand.class,
      GenerateCommand.class,
      ReportCommand.class,
      SchemaCommand.class,
      GateCommand.class,
      RunCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(dev.assay.cli.pipes.PipesBridge.around(System.getenv(), args, () -> run(args)));
  }

  /** Runs the CLI in-process and returns the exit code (used by tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, with our exit codes and error handlers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // Commands of modules the CLI does not depend on (assay-server's serve and users).
    for (dev.assay.core.registry.CommandExtension e : java.util.ServiceLoader.load(dev.assay.core.registry.CommandExtension.class)) {
      e.commands().forEach(cl::addSubcommand);
    }
    cl.setExecutionExceptionHandler(Main::handleExecutionException);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          DidYouMean.Problem p = DidYouMean.explain(ex, args);
          err.println("assay: " + p.message());
          err.println("Try '" + p.command().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    UsageHelp.apply(cl);
    return cl;
  }

  private static int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (ex instanceof UsageError) {
      err.println("assay: " + ex.getMessage());
      return ExitCode.USAGE;
    }
    if (ex instanceof dev.assay.core.AssayInputException) {
      err.println("assay: " + ex.getMessage());
      return ExitCode.USAGE;
    }
    err.println("assay: internal error: " + ex);
    ex.printStackTrace(err);
    return ExitCode.INTERNAL;
  }
}
