package dev.assay.core.registry;

import java.util.List;

/**
 * Commands a module adds to the {@code assay} command line without the CLI depending on it (the
 * server adds {@code serve} and {@code users}): found with {@link java.util.ServiceLoader} from
 * {@code META-INF/services/dev.assay.core.registry.CommandExtension}. Each command is an object the
 * CLI's parser understands (a picocli {@code @Command}).
 *
 * <pre>{@code
 * public final class ServerCommands implements CommandExtension {
 *   public List<Object> commands() { return List.of(new ServeCommand(), new UsersCommand()); }
 * }
 * }</pre>
 */
public interface CommandExtension {
  /** Fresh command objects, one per top-level command. */
  List<Object> commands();
}
