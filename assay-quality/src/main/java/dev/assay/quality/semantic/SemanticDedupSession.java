package dev.assay.quality.semantic;

import dev.assay.core.manifest.Sha256;
import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderOptions;
import dev.assay.models.embed.Embedders;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.stats.cluster.UnionFind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link SemanticDedup}: hashes and embeds texts as they stream in (buffering at most
 * {@code 8 * batchSize} texts), then clusters in {@link #findings()}. Used by one thread.
 */
final class SemanticDedupSession implements DatasetCheck.Session {
  private final SemanticDedup cfg;
  private final EmbedderOptions options;
  private final int window;
  private Embedder embedder;

  // per non-blank record, in input order
  private long[] lines = new long[1024];
  private int[] lengths = new int[1024];
  private int[] vectorOf = new int[1024]; // index into vectors (exact duplicates share their original's)
  private int docs;
  private long blank;

  private final Map<Digest, Integer> firstByText = new HashMap<>();
  private final List<float[]> vectors = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();
  private long embedNanos;
  private long clusterNanos;
  private Map<String, Object> report = Map.of();

  SemanticDedupSession(SemanticDedup cfg, EmbedderOptions options) {
    this.cfg = cfg;
    this.options = options;
    this.window = 8 * cfg.batchSize();
  }

  @Override
  public void observe(QaRecord record) {
    String text = record.text();
    if (Embedder.isBlank(text)) {
      blank++;
      return;
    }
    grow();
    int d = docs++;
    lines[d] = record.line();
    lengths[d] = text.length();
    Integer first = firstByText.putIfAbsent(Digest.of(text.strip()), d);
    if (first != null) {
      vectorOf[d] = vectorOf[first];
      return;
    }
    vectorOf[d] = vectors.size() + pending.size();
    pending.add(text);
    if (pending.size() >= window) {
      flush();
    }
  }

  @Override
  public Map<Long, Finding> findings() {
    try {
      flush();
    } finally {
      if (embedder != null) {
        embedder.close();
      }
    }
    long t0 = System.nanoTime();
    UnionFind uf = new UnionFind(vectors.size());
    int n = vectors.size();
    int k = cfg.buckets() > 0 ? cfg.buckets() : Math.max(1, (n + SemanticDedup.AUTO_BUCKET_SIZE - 1) / SemanticDedup.AUTO_BUCKET_SIZE);
    int[] bucket = SphericalKMeans.fit(vectors, k, 10, cfg.seed());
    List<List<Integer>> members = new ArrayList<>();
    k = Math.max(1, Math.min(k, n));
    for (int b = 0; b < k; b++) {
      members.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      members.get(bucket[v]).add(v);
    }
    long pairs = 0;
    int largest = 0;
    for (List<Integer> m : members) {
      largest = Math.max(largest, m.size());
      List<float[]> vs = new ArrayList<>(m.size());
      for (int v : m) {
        vs.add(vectors.get(v));
      }
      for (NeighbourIndex.Pair p : NeighbourIndex.pairsAbove(vs, (float) cfg.threshold(), cfg.neighbours())) {
        pairs++;
        uf.union(m.get(p.i()), m.get(p.j()));
      }
    }
    Map<Long, Finding> out = new TreeMap<>();
    Map<Integer, Integer> keeper = new HashMap<>(); // cluster root -> kept doc
    for (int d = 0; d < docs; d++) {
      keeper.merge(uf.find(vectorOf[d]), d, this::better);
    }
    Map<Integer, Integer> clusterSizes = new HashMap<>();
    for (int d = 0; d < docs; d++) {
      clusterSizes.merge(uf.find(vectorOf[d]), 1, Integer::sum);
    }
    long exactCount = 0;
    for (int d = 0; d < docs; d++) {
      int root = uf.find(vectorOf[d]);
      int kept = keeper.get(root);
      if (kept == d) {
        continue;
      }
      boolean same = vectorOf[d] == vectorOf[kept];
      double cos = same ? 1.0 : SphericalKMeans.dot(vectors.get(vectorOf[d]), vectors.get(vectorOf[kept]));
      exactCount += same ? 1 : 0;
      String detail = String.format(Locale.ROOT, "%s duplicate of line %d (cosine %.3f, cluster of %d)",
          same ? "exact" : "semantic", lines[kept], cos, clusterSizes.get(root));
      out.put(lines[d], new Finding(cfg.name(), same ? "exact" : "cosine", cos, cfg.threshold(), detail, lines[kept]));
    }
    clusterNanos = System.nanoTime() - t0;
    report = report(n, k, largest, pairs, exactCount, out.size(), clusterSizes);
    return out;
  }

  @Override
  public Map<String, Object> report() {
    return report;
  }

  /** The doc a cluster keeps, given the one kept so far {@code a} and a later one {@code b}. */
  private Integer better(Integer a, Integer b) {
    return "longest".equals(cfg.keep()) && lengths[b] > lengths[a] ? b : a;
  }

  private Map<String, Object> report(int n, int k, int largest, long pairs, long exactCount, int dups, Map<Integer, Integer> sizes) {
    Map<String, Integer> histogram = new TreeMap<>();
    for (int s : sizes.values()) {
      if (s > 1) {
        String key = s <= 5 ? String.valueOf(s) : s <= 10 ? "6-10" : s <= 100 ? "11-100" : ">100";
        histogram.merge(key, 1, Integer::sum);
      }
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("records", docs + blank);
    r.put("blank_skipped", blank);
    r.put("distinct_texts_embedded", n);
    r.put("exact_duplicates", exactCount);
    r.put("semantic_duplicates", dups - exactCount);
    r.put("buckets", k);
    r.put("largest_bucket", largest);
    r.put("pairs_above_threshold", pairs);
    r.put("cluster_sizes", histogram);
    r.put("embed_seconds", embedNanos / 1e9);
    r.put("cluster_seconds", clusterNanos / 1e9);
    if (embedder != null) {
      r.put("embedder", embedder.info().toMap());
    }
    return r;
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (embedder == null) {
      embedder = Embedders.open(cfg.model(), options);
    }
    long t0 = System.nanoTime();
    float[][] v = embedder.embed(pending);
    embedNanos += System.nanoTime() - t0;
    for (float[] x : v) {
      vectors.add(x);
    }
    pending.clear();
  }

  private void grow() {
    if (docs == lines.length) {
      int m = lines.length * 2;
      lines = java.util.Arrays.copyOf(lines, m);
      lengths = java.util.Arrays.copyOf(lengths, m);
      vectorOf = java.util.Arrays.copyOf(vectorOf, m);
    }
  }

  /** 128 bits of the text's SHA-256: equal texts, equal digests; collisions are negligible. */
  private record Digest(long hi, long lo) {
    static Digest of(String text) {
      byte[] h = Sha256.digest(text.getBytes(StandardCharsets.UTF_8));
      return new Digest(java.nio.ByteBuffer.wrap(h).getLong(0), java.nio.ByteBuffer.wrap(h).getLong(8));
    }
  }
}
