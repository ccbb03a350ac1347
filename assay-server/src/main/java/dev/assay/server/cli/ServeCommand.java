package dev.assay.server.cli;

import dev.assay.core.io.Json;
import dev.assay.server.AssayServer;
import dev.assay.server.ServerConfig;
import dev.assay.server.db.Dialect;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay serve}: the server on 127.0.0.1 until interrupted. Prints its URL (with {@code
 * --json}: one JSON line {@code {"url", "database"}}).
 *
 * <pre>{@code
 * ./assay serve --db assay.db --port 8421
 * }</pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve the REST API and the annotation UI (SQLite or PostgreSQL), on 127.0.0.1 by default.",
    description = {
      "Runs the Assay server: projects, items, assignment with overlap, annotations, agreement and export over a REST API"
          + " (OpenAPI at /openapi.json, interactive docs at /docs). --db names an SQLite file (created and migrated on"
          + " first use, nothing else to install) or postgresql://user[:password]@host[:port]/database ($PGPASSWORD, or"
          + " ${VAR} as the password). Prints the URL, then serves until interrupted.",
      "Exit codes: 0 stopped; 2 bad usage (a database that cannot be opened, a port in use)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  assay serve --db assay.db", "  assay serve --db postgresql://assay@127.0.0.1/assay --port 9000"})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "DB", description = "SQLite file or postgresql://... URL.")
  String db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8421", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
  String host;

  @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress bar, no summary.")
  boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = ServerConfig.defaults(Dialect.of(db)).withPort(port).withHost(host);
    AssayServer server = AssayServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "assay-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(Map.of("url", server.url(), "database", config.db().display())));
    } else if (!quiet) {
      out.println("assay serve: " + config.db().display() + " (" + config.db().dialect().name().toLowerCase() + ")");
      out.println(server.url());
    }
    out.flush();
    stopped.await();
    return 0;
  }
}
