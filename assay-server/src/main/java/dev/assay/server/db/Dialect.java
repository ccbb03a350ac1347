package dev.assay.server.db;

import dev.assay.core.AssayInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The databases the server stores in: an embedded SQLite file (the default, nothing to install)
 * or a PostgreSQL server for teams. {@link #of(String)} reads the {@code --db} argument.
 *
 * <pre>{@code
 * Dialect.Target t = Dialect.of("postgresql://assay:secret@127.0.0.1:5432/assay");
 * t.jdbcUrl();   // jdbc:postgresql://127.0.0.1:5432/assay
 * }</pre>
 */
public enum Dialect {
  /** An SQLite file in WAL mode. */
  SQLITE,
  /** A PostgreSQL server. */
  POSTGRESQL;

  /**
   * A database to connect to.
   *
   * @param dialect which kind
   * @param jdbcUrl the JDBC URL (without credentials)
   * @param user the user, or null
   * @param password the password, or null
   * @param display the database as users named it, the password masked
   */
  public record Target(Dialect dialect, String jdbcUrl, String user, String password, String display) {}

  /** The folder of migrations on the classpath, e.g. {@code dev/assay/server/db/sqlite}. */
  public String migrations() {
    return "classpath:dev/assay/server/db/" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Reads {@code --db}: {@code postgresql://[user[:password]@]host[:port]/database} (or {@code
   * postgres://}, or a {@code jdbc:postgresql:} URL) for PostgreSQL, else a path to an SQLite file.
   * The password may be {@code ${ENV_VAR}}; {@code PGPASSWORD} is used when none is given.
   */
  public static Target of(String db) {
    if (db == null || db.isBlank()) {
      throw new AssayInputException("--db: expected an SQLite file or postgresql://user@host/db, found nothing");
    }
    String s = db.strip();
    if (s.startsWith("jdbc:postgresql:")) {
      return new Target(POSTGRESQL, s, System.getenv("PGUSER"), System.getenv("PGPASSWORD"), s);
    }
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      try {
        URI u = new URI(s);
        String user = null;
        String password = null;
        if (u.getRawUserInfo() != null) {
          String[] up = u.getUserInfo().split(":", 2);
          user = up[0];
          password = up.length > 1 ? env(up[1]) : null;
        }
        if (password == null) {
          password = System.getenv("PGPASSWORD");
        }
        if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
          throw new AssayInputException("--db " + mask(s) + ": expected postgresql://user@host[:port]/database");
        }
        String url = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getPath()
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        return new Target(POSTGRESQL, url, user, password, mask(s));
      } catch (URISyntaxException e) {
        throw new AssayInputException("--db " + mask(s) + ": not a URL: " + e.getReason(), e);
      }
    }
    Path file = Path.of(s.startsWith("sqlite:") ? s.substring(7) : s).toAbsolutePath().normalize();
    return new Target(SQLITE, "jdbc:sqlite:" + file, null, null, file.toString());
  }

  private static String env(String value) {
    if (value.startsWith("${") && value.endsWith("}")) {
      String name = value.substring(2, value.length() - 1);
      String v = System.getenv(name);
      if (v == null) {
        throw new AssayInputException("--db: the password names ${" + name + "}, which is not set");
      }
      return v;
    }
    return value;
  }

  private static String mask(String url) {
    return url.replaceFirst("://([^:/@]+):[^@]*@", "://$1:***@");
  }
}
