package dev.assay.server.cli;

import dev.assay.core.io.Json;
import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.server.db.Database;
import dev.assay.server.db.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay users add|list|token}: the server's users, straight in its database (no server
 * needs to run). {@code add} prints the new user's API token as its last stdout line.
 *
 * <pre>{@code
 * ./assay users add --db assay.db --name ada --role lead
 * }</pre>
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    header = "Manage the server's users and their API tokens.",
    description = "Add users (roles admin, lead, annotator, client), list them, or issue a new API token.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Token.class})
public final class UsersCommand {

  /** Options every users subcommand shares. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "SQLite file or postgresql://... URL.")
    String db;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress bar, no summary.")
    boolean quiet;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, header = "Add a user and print their first API token (last line).",
      description = "Adds a user. --password-stdin reads a password for the web UI from the first line of stdin; without it"
          + " the user signs in with the token only.",
      footerHeading = "%nExample:%n", footer = "  assay users add --db assay.db --name ada --role lead")
  static final class Add extends Base {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The user's name (letters, digits, . _ @ -).")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, lead, annotator or client.")
    String role;

    @Option(names = "--password-stdin", description = "Read a password from stdin (for the web UI).")
    boolean passwordStdin;

    @Override
    public Integer call() {
      String password = null;
      if (passwordStdin) {
        try {
          password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (password == null || password.length() < 8) {
          throw new dev.assay.core.AssayInputException("--password-stdin: expected a password of 8 characters or more on stdin");
        }
      }
      try (Database d = Database.open(Dialect.of(db))) {
        Users.Created c = new Users(d).add(name, Role.of(role), password);
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", c.user().id());
          m.put("name", c.user().name());
          m.put("role", c.user().role().wire());
          m.put("token", c.token());
          out().println(Json.MAPPER.writeValueAsString(m));
        } else {
          if (!quiet) {
            out().println("added " + c.user().role().wire() + " " + c.user().name() + "; API token (shown once, send it as"
                + " 'Authorization: Bearer <token>'):");
          }
          out().println(c.token());
        }
        out().flush();
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, header = "List the users and their roles.",
      footerHeading = "%nExample:%n", footer = "  assay users list --db assay.db")
  static final class ListUsers extends Base {
    @Override
    public Integer call() {
      try (Database d = Database.open(Dialect.of(db))) {
        List<Principal> all = new Users(d).list();
        if (json) {
          out().println(Json.MAPPER.writeValueAsString(Map.of("users",
              all.stream().map(p -> Map.of("id", p.id(), "name", p.name(), "role", p.role().wire())).toList())));
        } else {
          all.forEach(p -> out().println(p.name() + "\t" + p.role().wire()));
        }
        out().flush();
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true, header = "Issue a new API token for a user (last line).",
      footerHeading = "%nExample:%n", footer = "  assay users token --db assay.db --name ada")
  static final class Token extends Base {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The user.")
    String name;

    @Override
    public Integer call() {
      try (Database d = Database.open(Dialect.of(db))) {
        String token = new Users(d).issueToken(name);
        out().println(json ? Json.MAPPER.writeValueAsString(Map.of("name", name, "token", token)) : token);
        out().flush();
      }
      return 0;
    }
  }
}
