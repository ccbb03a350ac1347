package dev.assay.models.embed;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the process's persistent embedding cache lives, and the one {@link EmbeddingStore} per
 * file that every embedder {@link Embedders#open opened} in this process shares (so single-flight
 * works across checks and commands of one run).
 *
 * <p>The location, first match wins:
 *
 * <ol>
 *   <li>{@link #configure(String)}: the CLI's {@code --embedding-cache PATH|off} or a pipeline's
 *       {@code embedding_cache:} key (a directory means {@code <dir>/embeddings.db});
 *   <li>the system property {@code assay.embedding.cache} ({@code PATH} or {@code off});
 *   <li>the environment variable {@code ASSAY_EMBEDDING_CACHE} ({@code PATH} or {@code off});
 *   <li>{@code $ASSAY_CACHE_DIR/embeddings.db};
 *   <li>{@code $XDG_CACHE_HOME/assay/embeddings.db}, else {@code ~/.cache/assay/embeddings.db}.
 * </ol>
 *
 * <p>A cache that cannot be opened (a read-only home, a file from a newer Assay) is reported once
 * as a warning and embedding runs uncached; it never stops a command.
 *
 * <pre>{@code
 * EmbeddingCache.configure("/data/cache/embeddings.db");   // or "off"
 * Optional<Path> where = EmbeddingCache.location();
 * Embedder e = Embedders.open("minilm-q");                 // cached there
 * }</pre>
 */
public final class EmbeddingCache {
  /** The word that turns the cache off, wherever a location is given. */
  public static final String OFF = "off";
  /** System property naming the cache file (or {@code off}). */
  public static final String PROPERTY = "assay.embedding.cache";
  /** Environment variable naming the cache file (or {@code off}). */
  public static final String ENV = "ASSAY_EMBEDDING_CACHE";
  /** Environment variable naming Assay's cache directory. */
  public static final String DIR_ENV = "ASSAY_CACHE_DIR";

  private static final System.Logger LOG = System.getLogger("dev.assay.models.embed");
  private static final Map<Path, EmbeddingStore> STORES = new ConcurrentHashMap<>();
  private static final Map<Path, Boolean> FAILED = new ConcurrentHashMap<>();
  private static final CachingEmbedder.Counters TOTALS = new CachingEmbedder.Counters();
  private static volatile String configured;
  private static volatile boolean hookAdded;

  private EmbeddingCache() {}

  /**
   * Sets the location for this process: a file path, {@code off}, or null to fall back to the
   * property, the environment and the default.
   *
   * @throws IllegalArgumentException if the value is blank
   */
  public static void configure(String pathOrOff) {
    if (pathOrOff != null && pathOrOff.isBlank()) {
      throw new IllegalArgumentException("embedding cache: expected a file path or off, found nothing");
    }
    configured = pathOrOff;
  }

  /** The value last given to {@link #configure(String)}, if any (a path or {@code off}). */
  public static Optional<String> configured() {
    return Optional.ofNullable(configured);
  }

  /** The cache file this process uses, or empty when the cache is off. */
  public static Optional<Path> location() {
    return resolve(configured, System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  /** The rules of {@link #location()} over explicit inputs (for tests). */
  static Optional<Path> resolve(String configured, String property, Map<String, String> env, String home) {
    for (String v : new String[] {configured, property, env.get(ENV)}) {
      if (v != null && !v.isBlank()) {
        if (OFF.equals(v.trim().toLowerCase(Locale.ROOT))) {
          return Optional.empty();
        }
        Path p = Path.of(v.trim());
        return Optional.of(java.nio.file.Files.isDirectory(p) ? p.resolve(EmbeddingStore.FILE_NAME) : p);
      }
    }
    String dir = env.get(DIR_ENV);
    if (dir != null && !dir.isBlank()) {
      return Optional.of(Path.of(dir.trim(), EmbeddingStore.FILE_NAME));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.trim()) : Path.of(home, ".cache");
    return Optional.of(base.resolve("assay").resolve(EmbeddingStore.FILE_NAME));
  }

  /** The process's store at {@link #location()}, opened on first use; empty when off or unusable. */
  public static Optional<EmbeddingStore> store() {
    Optional<Path> where = location();
    if (where.isEmpty()) {
      return Optional.empty();
    }
    Path p = where.get().toAbsolutePath().normalize();
    if (FAILED.containsKey(p)) {
      return Optional.empty();
    }
    try {
      EmbeddingStore s = STORES.computeIfAbsent(p, EmbeddingStore::open);
      addShutdownHook();
      return Optional.of(s);
    } catch (EmbeddingException e) {
      if (FAILED.putIfAbsent(p, Boolean.TRUE) == null) {
        LOG.log(System.Logger.Level.WARNING, "{0}; embeddings are not cached in this run", e.getMessage());
      }
      return Optional.empty();
    }
  }

  /**
   * {@code raw} behind the process's cache, or {@code raw} itself when the cache is off; closing
   * the result closes {@code raw}.
   */
  public static Embedder wrap(Embedder raw) {
    Optional<EmbeddingStore> s = store();
    return s.isEmpty() ? raw : new CachingEmbedder(raw, s.get(), CachingEmbedder.keyOf(raw.info()), true, TOTALS);
  }

  /**
   * Texts served by every embedder {@link #wrap} made in this process since it started: from the
   * store ({@code hits}), by the model ({@code computed}), or from a concurrent identical request
   * ({@code shared}). A rerun of a finished QA run shows {@code computed = 0}.
   */
  public static CachingEmbedder.Stats totals() {
    return TOTALS.stats();
  }

  private static void addShutdownHook() {
    if (!hookAdded) {
      synchronized (EmbeddingCache.class) {
        if (!hookAdded) {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> STORES.values().forEach(EmbeddingStore::close),
              "assay-embedding-cache-close"));
          hookAdded = true;
        }
      }
    }
  }
}
