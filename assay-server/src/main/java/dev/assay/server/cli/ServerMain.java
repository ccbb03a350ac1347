package dev.assay.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The server's commands on their own ({@code java -cp ... dev.assay.server.cli.ServerMain serve
 * --db assay.db}), for a server process without the rest of the CLI; {@code ./assay serve} and
 * {@code ./assay users} run the same commands.
 *
 * <pre>{@code
 * java -cp assay-cli.jar dev.assay.server.cli.ServerMain serve --db assay.db --port 0 --json
 * }</pre>
 */
@Command(name = "assay-server", mixinStandardHelpOptions = true, description = "The Assay server's commands: serve, users.")
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new ServerMain());
    new ServerCommands().commands().forEach(cl::addSubcommand);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("assay: " + e.getMessage());
      return e instanceof dev.assay.core.AssayInputException ? 2 : 70;
    });
    System.exit(cl.execute(args));
  }
}
