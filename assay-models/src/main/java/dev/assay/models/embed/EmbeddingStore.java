package dev.assay.models.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Embedding vectors on disk, in one SQLite file, keyed by (model key, text sha256); the value is
 * the vector's float32 bytes (little-endian), so a vector read back is bit-identical to the one
 * stored. The patterns of the response cache ({@code dev.assay.models.llm.ResponseCache}): WAL
 * journal with {@code synchronous=NORMAL} (readers never block the writer), a {@code busy_timeout}
 * so several processes share one file, one connection per process behind a lock, and group commit
 * (vectors arriving together are written in one transaction).
 *
 * <p><b>A damaged file is rebuilt, with a warning.</b> The cache holds derived data only, so when
 * SQLite says the file is not a database or is malformed (a truncated copy, a disk fault), the
 * file is moved aside to {@code <file>.corrupt-<epoch millis>}, a warning names both paths on the
 * {@code dev.assay.models.embed} logger (stderr by default), and an empty cache takes its place;
 * the call in progress sees misses and the embedder computes the vectors again.
 *
 * <p>Table {@code vectors(model TEXT, text_sha256 BLOB, dim INT, vector BLOB, created_at TEXT)},
 * primary key {@code (model, text_sha256)}; table {@code meta} holds {@code format = 1}.
 *
 * <pre>{@code
 * try (EmbeddingStore store = EmbeddingStore.open(Path.of("/tmp/embeddings.db"))) {
 *   store.putAll("model-key", Map.of(hash, vector));
 *   Map<ByteBuffer, float[]> hits = store.getAll("model-key", List.of(hash));
 * }
 * }</pre>
 */
public final class EmbeddingStore implements AutoCloseable {
  /** The file name used inside a cache directory. */
  public static final String FILE_NAME = "embeddings.db";
  private static final System.Logger LOG = System.getLogger("dev.assay.models.embed");
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_NOTADB = 26;
  private static final int IN_LIST = 256;

  private final Path file;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private Connection db;
  private final Map<Integer, PreparedStatement> selects = new HashMap<>();
  private PreparedStatement insert;
  private volatile boolean closed;
  private volatile int rebuilds;
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<float[]>> inFlight =
      new java.util.concurrent.ConcurrentHashMap<>();

  private EmbeddingStore(Path file) {
    this.file = file;
  }

  /**
   * Opens (creating it and its folder if needed) the store; a damaged file is moved aside and a
   * new one created (see the class comment).
   *
   * @throws EmbeddingException if the folder cannot be created or SQLite cannot open a file there
   */
  public static EmbeddingStore open(Path file) {
    Path abs = file.toAbsolutePath();
    try {
      Path parent = abs.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new EmbeddingException(file + ": cannot create the embedding cache's folder: " + e.getMessage(), e);
    }
    EmbeddingStore s = new EmbeddingStore(abs);
    s.lock.lock();
    try {
      s.connect();
    } catch (SQLException e) {
      if (!isDamage(e)) {
        throw new EmbeddingException(file + ": cannot open the embedding cache: " + e.getMessage(), e);
      }
      s.rebuild(e);
    } finally {
      s.lock.unlock();
    }
    return s;
  }

  /** The cache file. */
  public Path file() {
    return file;
  }

  /** Vectors being computed now by some embedder over this store (single-flight across embedders). */
  java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<float[]>> inFlight() {
    return inFlight;
  }

  /** How many times a damaged file was moved aside and rebuilt since this store was opened. */
  public int rebuilds() {
    return rebuilds;
  }

  /**
   * The stored vectors of {@code model} for the given text hashes (32-byte sha256 each); absent
   * keys are misses. A damaged file is rebuilt and every key is a miss.
   */
  public Map<ByteBuffer, float[]> getAll(String model, List<byte[]> hashes) {
    Map<ByteBuffer, float[]> out = new HashMap<>(hashes.size() * 2);
    lock.lock();
    try {
      ensureOpen();
      for (int from = 0; from < hashes.size(); from += IN_LIST) {
        List<byte[]> part = hashes.subList(from, Math.min(hashes.size(), from + IN_LIST));
        PreparedStatement ps = select(part.size());
        ps.setString(1, model);
        for (int i = 0; i < part.size(); i++) {
          ps.setBytes(i + 2, part.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(ByteBuffer.wrap(rs.getBytes(1)), decode(rs.getBytes(2), rs.getInt(3)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      if (isDamage(e)) {
        rebuild(e);
        return Map.of();
      }
      throw new EmbeddingException(file + ": cannot read the embedding cache: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stores vectors of {@code model} by text hash and returns once they are committed. Concurrent
   * calls are committed together (group commit); an existing entry is kept (the first vector
   * computed for a key wins, so every reader sees one value).
   */
  public void putAll(String model, Map<ByteBuffer, float[]> vectors) {
    if (vectors.isEmpty()) {
      return;
    }
    Pending mine = new Pending(model, vectors);
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
      throw new EmbeddingException(file + ": cannot write the embedding cache: " + mine.error.getMessage(), mine.error);
    }
  }

  /** The number of stored vectors (all models). */
  public long size() {
    lock.lock();
    try {
      ensureOpen();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM vectors")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new EmbeddingException(file + ": cannot read the embedding cache: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        disconnect();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Writes every queued batch in one transaction; called with the lock held. */
  private void commitQueued() {
    List<Pending> batch = new ArrayList<>();
    for (Pending p; (p = queue.poll()) != null; ) {
      batch.add(p);
    }
    SQLException failure = null;
    try {
      ensureOpen();
      write(batch);
    } catch (SQLException e) {
      if (isDamage(e)) {
        rebuild(e);
        try {
          write(batch);
        } catch (SQLException again) {
          failure = again;
        }
      } else {
        failure = e;
      }
    }
    for (Pending p : batch) {
      p.error = failure;
      p.done = true;
    }
  }

  private void write(List<Pending> batch) throws SQLException {
    String now = Instant.now().toString();
    try {
      db.setAutoCommit(false);
      for (Pending p : batch) {
        for (Map.Entry<ByteBuffer, float[]> e : p.vectors.entrySet()) {
          insert.setString(1, p.model);
          insert.setBytes(2, bytes(e.getKey()));
          insert.setInt(3, e.getValue().length);
          insert.setBytes(4, encode(e.getValue()));
          insert.setString(5, now);
          insert.addBatch();
        }
      }
      insert.executeBatch();
      db.commit();
    } catch (SQLException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the original failure is the one to report
      }
      throw e;
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // a broken connection is reported by the next call
      }
    }
  }

  private void connect() throws SQLException {
    db = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA busy_timeout = 30000");
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute("""
          CREATE TABLE IF NOT EXISTS vectors (
            model TEXT NOT NULL,
            text_sha256 BLOB NOT NULL,
            dim INTEGER NOT NULL,
            vector BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (model, text_sha256)) WITHOUT ROWID""");
      s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      s.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('format', '1')");
      try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'format'")) {
        if (rs.next() && !"1".equals(rs.getString(1))) {
          throw new EmbeddingException(file + ": embedding cache format " + rs.getString(1)
              + " was written by a newer Assay; expected format 1 (use another --embedding-cache file)", null);
        }
      }
    } catch (SQLException | RuntimeException e) {
      disconnect();
      throw e;
    }
    insert = db.prepareStatement(
        "INSERT OR IGNORE INTO vectors (model, text_sha256, dim, vector, created_at) VALUES (?, ?, ?, ?, ?)");
  }

  private void disconnect() {
    try {
      for (PreparedStatement p : selects.values()) {
        p.close();
      }
      if (insert != null) {
        insert.close();
      }
      if (db != null) {
        db.close();
      }
    } catch (SQLException ignored) {
      // closing a damaged or closed connection: nothing left to save
    } finally {
      selects.clear();
      insert = null;
      db = null;
    }
  }

  /** Moves a damaged file (and its WAL and shared-memory files) aside and starts an empty one. */
  private void rebuild(SQLException cause) {
    disconnect();
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
    try {
      if (Files.exists(file)) {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      }
      for (String suffix : List.of("-wal", "-shm")) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
      connect();
    } catch (IOException | SQLException e) {
      throw new EmbeddingException(file + ": the embedding cache is damaged (" + cause.getMessage()
          + ") and cannot be rebuilt: " + e.getMessage() + "; delete the file or pass --embedding-cache off", e);
    }
    rebuilds++;
    LOG.log(System.Logger.Level.WARNING, "{0}: the embedding cache was damaged ({1}); moved it to {2} and started an empty one",
        file, cause.getMessage(), aside);
  }

  private void ensureOpen() throws SQLException {
    if (closed) {
      throw new IllegalStateException(file + ": the embedding cache is closed");
    }
    if (db == null) {
      connect();
    }
  }

  private PreparedStatement select(int n) throws SQLException {
    PreparedStatement ps = selects.get(n);
    if (ps == null) {
      StringBuilder sql = new StringBuilder("SELECT text_sha256, vector, dim FROM vectors WHERE model = ? AND text_sha256 IN (");
      for (int i = 0; i < n; i++) {
        sql.append(i == 0 ? "?" : ",?");
      }
      ps = db.prepareStatement(sql.append(')').toString());
      selects.put(n, ps);
    }
    return ps;
  }

  /** True for SQLite's "not a database" and "malformed" errors (a damaged or foreign file). */
  static boolean isDamage(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        int code = s.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
          return true;
        }
        String m = String.valueOf(s.getMessage());
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed")) {
          return true;
        }
      }
    }
    return false;
  }

  static byte[] encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] decode(byte[] bytes, int dim) {
    if (bytes.length != dim * 4) {
      throw new EmbeddingException("embedding cache entry has " + bytes.length + " bytes, expected " + (dim * 4), null);
    }
    float[] v = new float[dim];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] a = new byte[b.remaining()];
    b.duplicate().get(a);
    return a;
  }

  /** One batch of vectors waiting to be written. */
  private static final class Pending {
    final String model;
    final Map<ByteBuffer, float[]> vectors;
    volatile boolean done;
    volatile SQLException error;

    Pending(String model, Map<ByteBuffer, float[]> vectors) {
      this.model = model;
      this.vectors = vectors;
    }
  }
}
