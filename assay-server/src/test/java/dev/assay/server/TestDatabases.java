package dev.assay.server;

import dev.assay.server.db.Dialect;
import dev.assay.testkit.Ci;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the server tests run against: a new SQLite file, and a real PostgreSQL server
 * named by {@code ASSAY_TEST_POSTGRES} (postgresql://user:password@host:port/db; .ci/run installs
 * Debian's postgresql, starts it and sets it). Each PostgreSQL test gets its own schema. Without
 * the variable a PostgreSQL test is skipped on a developer's machine and fails in CI.
 */
final class TestDatabases {
  private TestDatabases() {}

  static Dialect.Target sqlite(Path dir) {
    return Dialect.of(dir.resolve("assay-" + UUID.randomUUID() + ".db").toString());
  }

  static Dialect.Target postgres() throws Exception {
    String url = System.getenv("ASSAY_TEST_POSTGRES");
    Ci.require(url != null && !url.isBlank(), "ASSAY_TEST_POSTGRES is not set",
        "start a PostgreSQL and set it to postgresql://user:password@127.0.0.1:5432/db (.ci/run does both)");
    Dialect.Target base = Dialect.of(url);
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String jdbc = base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new Dialect.Target(Dialect.POSTGRESQL, jdbc, base.user(), base.password(), base.display() + " (schema " + schema + ")");
  }
}
