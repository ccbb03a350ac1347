package dev.assay.models.embed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * An {@link Embedder} that asks an {@link EmbeddingStore} first and its inner embedder only for
 * the texts the store does not hold, storing each new vector before returning it. Keys: the model
 * ({@link #keyOf(EmbedderInfo)}: model id, model file sha256, quantisation, dimension, window,
 * pooling, long-text rule, ONNX Runtime version) and the text's {@link Embedder#cacheKey} (for
 * ONNX models the sha256 of its token ids, so the toxicity check's normalised text and the
 * dedup check's raw text share a vector when they tokenize alike; else the text's sha256).
 *
 * <ul>
 *   <li><b>Bit-identical vectors.</b> A hit returns the float32 bits the inner embedder produced
 *       for that text; a miss returns what the inner embedder returns now. The texts of one call
 *       that miss go to the inner embedder together, in their order, so a call that misses
 *       everything runs exactly as an uncached call.
 *   <li><b>Once per text.</b> Repeated texts in one call are embedded once. Two threads (two
 *       checks of one pipeline, two embedders over one store) asking for the same text at the same
 *       time compute it once: the second waits for the first (single-flight) and is counted as
 *       {@code shared}; if that computation fails, the waiter fails the same way.
 *   <li>Blank texts give the zero vector without a look-up.
 *   <li>A store that cannot be written (disk full, read-only) is reported once as a warning and
 *       embedding goes on uncached.
 * </ul>
 *
 * <pre>{@code
 * EmbeddingStore store = EmbeddingStore.open(Path.of("/tmp/embeddings.db"));
 * try (Embedder e = new CachingEmbedder(MiniLm.open(true, EmbedderOptions.defaults()), store, true)) {
 *   float[][] v = e.embed(texts);           // computed and stored
 *   float[][] again = e.embed(texts);       // read back, bit-identical
 *   CachingEmbedder.Stats s = ((CachingEmbedder) e).stats();   // hits, computed, shared
 * }
 * }</pre>
 */
public final class CachingEmbedder implements Embedder {
  private static final System.Logger LOG = System.getLogger("dev.assay.models.embed");

  private final Embedder inner;
  private final EmbeddingStore store;
  private final String modelKey;
  private final boolean ownsInner;
  private final Counters mine = new Counters();
  private final Counters totals;
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * Distinct texts (per call) served: from the store, computed by the inner model, or from a
   * concurrent identical request.
   */
  public record Stats(long hits, long computed, long shared) {}

  /** Thread-safe counts behind {@link Stats}. */
  static final class Counters {
    final LongAdder hits = new LongAdder();
    final LongAdder computed = new LongAdder();
    final LongAdder shared = new LongAdder();

    Stats stats() {
      return new Stats(hits.sum(), computed.sum(), shared.sum());
    }
  }

  /**
   * Caches {@code inner} in {@code store} under {@link #keyOf(EmbedderInfo) keyOf(inner.info())};
   * {@code ownsInner} says whether {@link #close()} closes the inner embedder (the store is never
   * closed here).
   */
  public CachingEmbedder(Embedder inner, EmbeddingStore store, boolean ownsInner) {
    this(inner, store, keyOf(inner.info()), ownsInner);
  }

  /** As {@link #CachingEmbedder(Embedder, EmbeddingStore, boolean)} with an explicit model key. */
  public CachingEmbedder(Embedder inner, EmbeddingStore store, String modelKey, boolean ownsInner) {
    this(inner, store, modelKey, ownsInner, null);
  }

  CachingEmbedder(Embedder inner, EmbeddingStore store, String modelKey, boolean ownsInner, Counters totals) {
    this.totals = totals;
    this.inner = Objects.requireNonNull(inner, "inner");
    this.store = Objects.requireNonNull(store, "store");
    this.modelKey = Objects.requireNonNull(modelKey, "modelKey");
    this.ownsInner = ownsInner;
  }

  /**
   * The store key of a model: hex sha256 (first 32 digits) of everything that decides its vectors.
   * The model's source path is left out (a moved file keeps its vectors); its bytes' sha256 is in.
   */
  public static String keyOf(EmbedderInfo i) {
    String d = String.join("\n", "assay-embedding/1", i.modelId(), i.sha256(), String.valueOf(i.quantized()),
        String.valueOf(i.dimension()), String.valueOf(i.maxTokens()), String.valueOf(i.pooling()),
        String.valueOf(i.longText()), "onnxruntime " + Sessions.runtimeVersion());
    return HexFormat.of().formatHex(sha256(d)).substring(0, 32);
  }

  /** The model key this embedder stores under. */
  public String modelKey() {
    return modelKey;
  }

  /** The store this embedder reads and writes. */
  public EmbeddingStore store() {
    return store;
  }

  /** Counts since this embedder was made. */
  public Stats stats() {
    return mine.stats();
  }

  private void count(long hits, long computed, long shared) {
    for (Counters c : totals == null ? new Counters[] {mine} : new Counters[] {mine, totals}) {
      c.hits.add(hits);
      c.computed.add(computed);
      c.shared.add(shared);
    }
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public EmbedderInfo info() {
    return inner.info();
  }

  @Override
  public byte[] cacheKey(String text) {
    return inner.cacheKey(text);
  }

  @Override
  public float[][] embed(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    int n = texts.size();
    float[][] out = new float[n][];
    Map<ByteBuffer, List<Integer>> at = new LinkedHashMap<>();
    Map<ByteBuffer, String> textOf = new LinkedHashMap<>(); // the first text of each key
    for (int i = 0; i < n; i++) {
      String t = Objects.requireNonNull(texts.get(i), "text");
      if (Embedder.isBlank(t)) {
        out[i] = new float[dimension()];
        continue;
      }
      ByteBuffer h = ByteBuffer.wrap(inner.cacheKey(t));
      at.computeIfAbsent(h, k -> new ArrayList<>(1)).add(i);
      textOf.putIfAbsent(h, t);
    }
    if (at.isEmpty()) {
      return out;
    }
    Map<ByteBuffer, float[]> found = new LinkedHashMap<>(store.getAll(modelKey, keys(at.keySet())));
    count(found.size(), 0, 0);
    Map<ByteBuffer, CompletableFuture<float[]>> mine = new LinkedHashMap<>();
    Map<ByteBuffer, CompletableFuture<float[]>> theirs = new LinkedHashMap<>();
    for (ByteBuffer h : at.keySet()) {
      if (!found.containsKey(h)) {
        CompletableFuture<float[]> f = new CompletableFuture<>();
        CompletableFuture<float[]> other = store.inFlight().putIfAbsent(flightKey(h), f);
        if (other == null) {
          mine.put(h, f);
        } else {
          theirs.put(h, other);
        }
      }
    }
    if (!mine.isEmpty()) {
      computeOwn(mine, textOf, found);
    }
    for (Map.Entry<ByteBuffer, CompletableFuture<float[]>> e : theirs.entrySet()) {
      found.put(e.getKey(), await(e.getValue()));
      count(0, 0, 1);
    }
    for (Map.Entry<ByteBuffer, List<Integer>> e : at.entrySet()) {
      float[] v = found.get(e.getKey());
      for (int i : e.getValue()) {
        out[i] = v.clone();
      }
    }
    return out;
  }

  /** Computes the texts this call registered as in flight, stores them and wakes the waiters. */
  private void computeOwn(Map<ByteBuffer, CompletableFuture<float[]>> mine, Map<ByteBuffer, String> textOf,
      Map<ByteBuffer, float[]> found) {
    try {
      // Another caller may have stored some of them between our look-up and our registration.
      Map<ByteBuffer, float[]> late = store.getAll(modelKey, keys(mine.keySet()));
      count(late.size(), 0, 0);
      List<ByteBuffer> todo = new ArrayList<>();
      for (ByteBuffer h : mine.keySet()) {
        if (late.containsKey(h)) {
          found.put(h, late.get(h));
        } else {
          todo.add(h);
        }
      }
      Map<ByteBuffer, float[]> fresh = new LinkedHashMap<>();
      if (!todo.isEmpty()) {
        List<String> batch = new ArrayList<>(todo.size());
        for (ByteBuffer h : todo) {
          batch.add(textOf.get(h));
        }
        float[][] v = inner.embed(batch);
        for (int i = 0; i < todo.size(); i++) {
          fresh.put(todo.get(i), v[i]);
        }
        count(0, todo.size(), 0);
        found.putAll(fresh);
        write(fresh);
      }
      for (Map.Entry<ByteBuffer, CompletableFuture<float[]>> e : mine.entrySet()) {
        e.getValue().complete(found.get(e.getKey()));
      }
    } catch (RuntimeException | Error e) {
      mine.values().forEach(f -> f.completeExceptionally(e));
      throw e;
    } finally {
      mine.forEach((h, f) -> store.inFlight().remove(flightKey(h), f));
    }
  }

  private void write(Map<ByteBuffer, float[]> fresh) {
    try {
      store.putAll(modelKey, fresh);
    } catch (EmbeddingException e) {
      if (warned.compareAndSet(false, true)) {
        LOG.log(System.Logger.Level.WARNING, "{0}; embedding goes on without storing new vectors", e.getMessage());
      }
    }
  }

  private static float[] await(CompletableFuture<float[]> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new EmbeddingException("a concurrent embedding of the same text failed: " + e.getCause(), e.getCause());
    }
  }

  private String flightKey(ByteBuffer h) {
    return modelKey + HexFormat.of().formatHex(h.array());
  }

  private static List<byte[]> keys(java.util.Collection<ByteBuffer> hs) {
    List<byte[]> k = new ArrayList<>(hs.size());
    for (ByteBuffer h : hs) {
      k.add(h.array());
    }
    return k;
  }

  /** sha256 of the text's UTF-8 bytes. */
  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public void close() {
    if (ownsInner) {
      inner.close();
    }
  }
}
