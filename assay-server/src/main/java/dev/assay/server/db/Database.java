package dev.assay.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The server's one repository connection: a pool over SQLite (WAL, synchronous NORMAL, foreign keys
 * on, one writer at a time) or PostgreSQL, migrated to the current schema with Flyway when opened.
 * Every write goes through {@link #write(Work)}: one transaction, committed before the caller
 * answers, so an acknowledged write survives a kill of the server.
 *
 * <pre>{@code
 * try (Database db = Database.open(Dialect.of("assay.db"))) {
 *   long n = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM users"));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
  private final Dialect.Target target;
  private final HikariDataSource pool;
  /** SQLite allows one writer: writers queue here instead of failing on SQLITE_BUSY. */
  private final ReentrantLock sqliteWriter = new ReentrantLock(true);

  /** Work inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Database(Dialect.Target target, HikariDataSource pool) {
    this.target = target;
    this.pool = pool;
  }

  /** Opens (creating an SQLite file if needed) and migrates the database. */
  public static Database open(Dialect.Target target) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(target.jdbcUrl());
    hc.setPoolName("assay-db");
    if (target.dialect() == Dialect.SQLITE) {
      try {
        Path parent = Path.of(target.display()).getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (java.io.IOException e) {
        throw new AssayInputException("--db " + target.display() + ": cannot create its folder: " + e.getMessage(), e);
      }
      hc.setMaximumPoolSize(8);
      hc.addDataSourceProperty("journal_mode", "WAL");
      // WAL + NORMAL: a commit is in the WAL (the OS holds it) before the caller hears of it, so it
      // survives a killed server; only an OS crash or power loss can take the last commits back.
      hc.addDataSourceProperty("synchronous", "NORMAL");
      hc.addDataSourceProperty("foreign_keys", "true");
      hc.addDataSourceProperty("busy_timeout", "10000");
      // A write transaction takes the write lock when it begins (BEGIN IMMEDIATE), where SQLite waits
      // for it (busy_timeout), instead of upgrading a read snapshot later, where it cannot wait.
      hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    } else {
      hc.setMaximumPoolSize(16);
      if (target.user() != null) {
        hc.setUsername(target.user());
      }
      if (target.password() != null) {
        hc.setPassword(target.password());
      }
    }
    hc.setAutoCommit(true);
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new AssayInputException("--db " + target.display() + ": cannot connect: " + rootMessage(e), e);
    }
    try {
      Flyway.configure().dataSource(ds).locations(Dialect.MIGRATIONS).placeholders(target.dialect().placeholders()).load().migrate();
    } catch (FlywayException e) {
      ds.close();
      throw new AssayInputException("--db " + target.display() + ": cannot bring the schema up to date: " + rootMessage(e), e);
    }
    return new Database(target, ds);
  }

  /** Which database this is. */
  public Dialect.Target target() {
    return target;
  }

  /** Runs {@code work} in one read-only transaction. */
  public <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Runs {@code work} in one transaction and commits it; any exception rolls it back. */
  public <T> T write(Work<T> work) {
    boolean sqlite = target.dialect() == Dialect.SQLITE;
    if (sqlite) {
      sqliteWriter.lock();
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T out = work.run(c);
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    } finally {
      if (sqlite) {
        sqliteWriter.unlock();
      }
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** A database failure (not the user's input): the server answers 500 with its message. */
  public static final class DatabaseException extends RuntimeException {
    DatabaseException(SQLException e) {
      super(e.getMessage(), e);
    }

    /** Whether this is a unique-constraint violation (SQLite and PostgreSQL spellings). */
    public boolean uniqueViolation() {
      SQLException s = (SQLException) getCause();
      return "23505".equals(s.getSQLState()) || (s.getMessage() != null && s.getMessage().contains("UNIQUE constraint failed"));
    }
  }
}
