package dev.assay.models.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens an {@link Embedder} from a short spec, the form pipelines and the CLI use.
 *
 * <ul>
 *   <li>{@code minilm}: the bundled all-MiniLM-L6-v2, fp32 (384 dimensions; {@link MiniLm});
 *   <li>{@code minilm-q}: the same model quantised to int8 (about twice as fast; cosines within
 *       about 0.02 of fp32);
 *   <li>a path to an {@code .onnx} sentence-embedding model (a sentence-transformers or Optimum
 *       export) with its {@code tokenizer.json} in the same directory or its parent ({@link
 *       OnnxModelFiles}).
 * </ul>
 *
 * <p>{@link #open} gives an embedder the caller closes; {@link #shared} gives one process-wide
 * instance per spec and options, for components without a lifecycle (record checks called from
 * many threads); shared embedders are closed when the JVM exits.
 *
 * <p><b>Every embedder opened here is cached and shared.</b> {@link #open} puts the model behind
 * the process's persistent {@link EmbeddingCache} ({@link CachingEmbedder}; off with {@code
 * --embedding-cache off} or {@code ASSAY_EMBEDDING_CACHE=off}), so a text is embedded once per
 * model across checks, commands and runs. Embedders of one spec open at the same time share one
 * ONNX session (a toxicity check and a semantic-dedup check of one QA run load the model once,
 * each with its own batch size); the session is closed when the last of them is closed. {@link
 * #openUncached} gives a private, uncached model (benchmarks, tests).
 *
 * <pre>{@code
 * try (Embedder e = Embedders.open("minilm", EmbedderOptions.defaults())) {
 *   float[][] v = e.embed(texts);
 * }
 * Embedder shared = Embedders.shared("minilm-q", EmbedderOptions.defaults());   // do not close
 * }</pre>
 */
public final class Embedders {
  /** The spec of the bundled fp32 MiniLM. */
  public static final String MINILM = "minilm";
  /** The spec of the bundled int8 MiniLM. */
  public static final String MINILM_Q = "minilm-q";

  private static final Map<List<Object>, Embedder> SHARED = new ConcurrentHashMap<>();
  private static final Map<List<Object>, Lease> LEASES = new java.util.HashMap<>();
  private static volatile boolean hookAdded;

  private Embedders() {}

  /** Opens {@code spec} with {@link EmbedderOptions#defaults()}. */
  public static Embedder open(String spec) {
    return open(spec, EmbedderOptions.defaults());
  }

  /**
   * Opens {@code spec} ({@code minilm}, {@code minilm-q}, or a path to an {@code .onnx} file)
   * behind the process's embedding cache, sharing the model's session with other open embedders
   * of the same spec (see the class comment).
   *
   * @throws EmbeddingException if the model or its tokenizer cannot be loaded
   * @throws IllegalArgumentException if the spec is blank
   */
  public static Embedder open(String spec, EmbedderOptions options) {
    return EmbeddingCache.wrap(leased(spec, options));
  }

  /**
   * Opens {@code spec} as a private model: its own ONNX session, no cache.
   *
   * @throws EmbeddingException if the model or its tokenizer cannot be loaded
   * @throws IllegalArgumentException if the spec is blank
   */
  public static OnnxEmbedder openUncached(String spec, EmbedderOptions options) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("model: expected minilm, minilm-q or a path to an .onnx file, found '" + spec + "'");
    }
    return switch (spec.trim()) {
      case MINILM, "all-minilm-l6-v2" -> MiniLm.open(false, options);
      case MINILM_Q, "all-minilm-l6-v2-q" -> MiniLm.open(true, options);
      default -> {
        Path p = Path.of(spec.trim());
        if (!spec.trim().endsWith(".onnx")) {
          throw new IllegalArgumentException(
              "model: expected minilm, minilm-q or a path to an .onnx file, found '" + spec + "'");
        }
        yield OnnxEmbedder.open(p, options);
      }
    };
  }

  /**
   * One embedder per (spec, options) for the whole process, opened on first use; callers must
   * not close it. Thread-safe.
   */
  public static Embedder shared(String spec, EmbedderOptions options) {
    List<Object> key = List.of(spec.trim(), options);
    Embedder e = SHARED.computeIfAbsent(key, k -> open(spec, options));
    addShutdownHook();
    return new Unclosable(e);
  }

  /** A handle on the session shared by the open embedders of one spec and window. */
  private static Embedder leased(String spec, EmbedderOptions options) {
    if (spec == null || spec.isBlank()) {
      return openUncached(spec, options); // throws the usage message
    }
    List<Object> key = List.of(spec.trim(), options.threads(), String.valueOf(options.pooling()), options.maxTokens());
    synchronized (LEASES) {
      Lease l = LEASES.get(key);
      if (l == null) {
        l = new Lease(key, openUncached(spec, options));
        LEASES.put(key, l);
      }
      l.refs++;
      return new Leased(l, l.base.withBatchSize(options.batchSize()));
    }
  }

  /** One shared session and how many open embedders use it. */
  private static final class Lease {
    final List<Object> key;
    final OnnxEmbedder base;
    int refs;

    Lease(List<Object> key, OnnxEmbedder base) {
      this.key = key;
      this.base = base;
    }
  }

  /** An open embedder over a shared session; closing the last one closes the session. */
  private static final class Leased implements Embedder {
    private final Lease lease;
    private final OnnxEmbedder view;
    private volatile boolean closed;

    Leased(Lease lease, OnnxEmbedder view) {
      this.lease = lease;
      this.view = view;
    }

    @Override
    public String name() {
      return view.name();
    }

    @Override
    public int dimension() {
      return view.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      if (closed) {
        throw new IllegalStateException(view.name() + ": embedder is closed");
      }
      return view.embed(texts);
    }

    @Override
    public byte[] cacheKey(String text) {
      return view.cacheKey(text);
    }

    @Override
    public EmbedderInfo info() {
      return view.info();
    }

    @Override
    public void close() {
      synchronized (LEASES) {
        if (closed) {
          return;
        }
        closed = true;
        if (--lease.refs == 0) {
          LEASES.remove(lease.key);
          lease.base.close();
        }
      }
    }
  }

  private static void addShutdownHook() {
    if (!hookAdded) {
      synchronized (Embedders.class) {
        if (!hookAdded) {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(Embedder::close), "assay-embedders-close"));
          hookAdded = true;
        }
      }
    }
  }

  /** A view of a shared embedder whose close() does nothing. */
  private record Unclosable(Embedder delegate) implements Embedder {
    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      return delegate.embed(texts);
    }

    @Override
    public byte[] cacheKey(String text) {
      return delegate.cacheKey(text);
    }

    @Override
    public EmbedderInfo info() {
      return delegate.info();
    }
  }
}
