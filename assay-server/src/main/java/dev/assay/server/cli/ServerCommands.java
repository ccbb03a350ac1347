package dev.assay.server.cli;

import dev.assay.core.registry.CommandExtension;
import java.util.List;

/**
 * Adds {@code assay serve} and {@code assay users} to the command line (through {@link
 * CommandExtension}, so the CLI module does not depend on the server's).
 *
 * <pre>{@code
 * ServiceLoader.load(CommandExtension.class).forEach(e -> e.commands().forEach(cli::addSubcommand));
 * }</pre>
 */
public final class ServerCommands implements CommandExtension {
  @Override
  public List<Object> commands() {
    return List.of(new ServeCommand(), new UsersCommand());
  }
}
