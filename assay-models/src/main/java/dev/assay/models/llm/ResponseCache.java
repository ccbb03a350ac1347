package dev.assay.models.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Model answers on disk, in one SQLite file, keyed by {@link CacheKey}. Each answer is committed
 * before the call that fetched it returns (WAL journal, {@code synchronous=NORMAL}), so a process
 * killed with {@code kill -9} loses at most the calls that were in flight; a run started again
 * finds every finished answer. One connection serves all threads, behind a lock (SQLite writes one
 * at a time anyway); answers arriving together are committed in one transaction (group commit).
 * A {@code busy_timeout} lets several processes share a file.
 *
 * <p>The file is where the caller says: the CLI keeps one per output directory ({@code
 * <out>/responses.sqlite}), so running a command again with the same {@code --out} makes no model
 * call. Table {@code responses(key, provider, model, response, created_at)}; {@code response} is
 * the JSON of the {@link ChatResponse} (text, finish reason, usage, logprobs, model).
 *
 * <pre>{@code
 * try (ResponseCache cache = ResponseCache.open(out.resolve(ResponseCache.FILE_NAME))) {
 *   ChatModel judge = ChatModels.open(config, cache, ledger);
 *   ...
 * }
 * }</pre>
 */
public final class ResponseCache implements AutoCloseable {
  /** The conventional file name inside a run's output directory. */
  public static final String FILE_NAME = "responses.sqlite";

  private final Path file;
  private final Connection db;
  private final PreparedStatement select;
  private final PreparedStatement insert;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

  private ResponseCache(Path file, Connection db) throws SQLException {
    this.file = file;
    this.db = db;
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute("""
          CREATE TABLE IF NOT EXISTS responses (
            key TEXT PRIMARY KEY,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            response TEXT NOT NULL,
            created_at TEXT NOT NULL)""");
    }
    this.select = db.prepareStatement("SELECT response FROM responses WHERE key = ?");
    this.insert = db.prepareStatement(
        "INSERT OR REPLACE INTO responses (key, provider, model, response, created_at) VALUES (?, ?, ?, ?, ?)");
  }

  /** Opens (creating it and its folder if needed) the cache file. */
  public static ResponseCache open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new ResponseCache(file, DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot create the response cache's folder: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot open the response cache: " + e.getMessage(), e);
    }
  }

  /** The cache file. */
  public Path file() {
    return file;
  }

  /** The answer stored under {@code key}, marked {@link ChatResponse#cached()}. */
  public Optional<ChatResponse> get(String key) {
    lock.lock();
    try {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(LlmJson.JSON.readValue(rs.getString(1), ChatResponse.class).asCached());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the response cache: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stores {@code response} under {@code key} and returns once it is committed. Concurrent puts
   * are committed together (group commit): the first to take the lock writes every answer queued
   * so far in one transaction, and the others find theirs done; no answer is acknowledged before
   * it is on disk.
   */
  public void put(String key, String provider, String model, ChatResponse response) {
    ChatResponse plain = new ChatResponse(response.text(), response.finishReason(), response.usage(),
        response.logprobs(), response.model(), false);
    Pending mine = new Pending(key, provider, model, LlmJson.JSON.writeValueAsString(plain));
    queue.add(mine);
    lock.lock();
    try {
      if (!mine.done) {
        commitQueued();
      }
    } finally {
      lock.unlock();
    }
    if (mine.error != null) {
      throw new IllegalStateException(file + ": cannot write the response cache: " + mine.error.getMessage(), mine.error);
    }
  }

  /** Writes every queued answer in one transaction; called with the lock held. */
  private void commitQueued() {
    List<Pending> batch = new ArrayList<>();
    for (Pending p; (p = queue.poll()) != null; ) {
      batch.add(p);
    }
    String now = Instant.now().toString();
    SQLException failure = null;
    try {
      db.setAutoCommit(false);
      for (Pending p : batch) {
        insert.setString(1, p.key);
        insert.setString(2, p.provider);
        insert.setString(3, p.model);
        insert.setString(4, p.json);
        insert.setString(5, now);
        insert.executeUpdate();
      }
      db.commit();
    } catch (SQLException e) {
      failure = e;
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the original failure is the one to report
      }
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      }
    }
    for (Pending p : batch) {
      p.error = failure;
      p.done = true;
    }
  }

  /** One answer waiting to be written. */
  private static final class Pending {
    final String key;
    final String provider;
    final String model;
    final String json;
    volatile boolean done;
    volatile SQLException error;

    Pending(String key, String provider, String model, String json) {
      this.key = key;
      this.provider = provider;
      this.model = model;
      this.json = json;
    }
  }

  /** The number of stored answers. */
  public long size() {
    lock.lock();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM responses")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot read the response cache: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      select.close();
      insert.close();
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException(file + ": cannot close the response cache: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
