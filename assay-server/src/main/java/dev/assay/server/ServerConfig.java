package dev.assay.server;

import dev.assay.server.db.Dialect;

/**
 * How the server runs: where it stores, where it listens and how much it accepts.
 *
 * <pre>{@code
 * ServerConfig c = ServerConfig.defaults(Dialect.of("assay.db")).withPort(0);
 * }</pre>
 *
 * @param db the database
 * @param host the address to listen on (127.0.0.1 unless asked otherwise)
 * @param port the port (0: any free one)
 * @param maxJsonBytes the largest JSON request body
 */
public record ServerConfig(Dialect.Target db, String host, int port, long maxJsonBytes) {
  /** The default port. */
  public static final int DEFAULT_PORT = 8421;

  /** Loopback, port 8421, JSON bodies up to 1 MiB (item imports stream and have no such limit). */
  public static ServerConfig defaults(Dialect.Target db) {
    return new ServerConfig(db, "127.0.0.1", DEFAULT_PORT, 1L << 20);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(db, host, p, maxJsonBytes);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(db, h, port, maxJsonBytes);
  }
}
