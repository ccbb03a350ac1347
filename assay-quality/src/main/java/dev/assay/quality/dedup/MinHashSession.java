package dev.assay.quality.dedup;

import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.stats.cluster.UnionFind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link MinHashDedup}. {@link #observe} queues texts in batches; worker threads sketch
 * the batches ({@link Sketcher}) while the caller keeps reading; finished batches are inserted
 * into the LSH buckets strictly in input order, so clusters never depend on thread timing.
 * {@link #findings()} drains the workers, closes the clusters and names each one's kept record.
 *
 * <pre>{@code
 * DatasetCheck.Session s = MinHashDedup.defaults().start();
 * records.forEach(s::observe);
 * Map<Long, Finding> f = s.findings();
 * }</pre>
 */
final class MinHashSession implements DatasetCheck.Session {
  private static final int BATCH = 256;

  private final MinHashDedup config;
  private final LshParams lsh;
  private final KeepPolicy policy;
  private final MinHasher hasher;
  private final DocTable docs;
  private final UnionFind clusters = new UnionFind();
  private final LshIndex index;
  private final ThreadPoolExecutor pool;
  private final ThreadLocal<Sketcher> sketchers;
  private final ArrayDeque<Future<Sketcher.Batch>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;
  private final int[] prev;
  private String[] batch = new String[BATCH];
  private int batchCount;
  private int batchFirst;
  private int[][] sets;
  private int[] stamp;
  private long emptyDocs;
  private long candidatePairs;
  private long merges;
  private long verifiedPairs;
  private long falsePositivePairs;
  private Map<Long, Finding> findings;
  private Map<String, Object> report;
  private final long startNanos = System.nanoTime();

  MinHashSession(MinHashDedup config) {
    this.config = config;
    this.lsh = config.lshParams();
    this.policy = config.policy();
    this.hasher = new MinHasher(config.numPerm(), config.hashBits(), config.seed());
    this.docs = new DocTable(policy == KeepPolicy.HIGHEST_SCORE ? config.scoreField() : null);
    this.index = new LshIndex(lsh.bands(), config.verify());
    this.prev = new int[lsh.bands()];
    this.sketchers =
        ThreadLocal.withInitial(() -> new Sketcher(newShingler(), hasher, lsh, config.verify()));
    int threads = config.effectiveThreads();
    this.maxInFlight = threads * 4;
    if (threads > 1) {
      pool =
          new ThreadPoolExecutor(
              threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "assay-minhash");
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
    } else {
      pool = null;
    }
    if (config.verify()) {
      sets = new int[1024][];
      stamp = new int[1024];
    }
  }

  private Shingler newShingler() {
    return new Shingler(config.shingle().equals("word"), config.ngram(), config.lowercase());
  }

  @Override
  public void observe(QaRecord record) {
    if (findings != null) {
      throw new IllegalStateException("minhash_dedup: observe() after findings()");
    }
    String text = record.text();
    docs.add(record.line(), text.length(), record.value());
    clusters.add();
    batch[batchCount++] = text;
    if (batchCount == BATCH) {
      submit();
    }
  }

  private void submit() {
    if (batchCount == 0) {
      return;
    }
    String[] texts = batch;
    int count = batchCount;
    int first = batchFirst;
    batch = new String[BATCH];
    batchFirst += count;
    batchCount = 0;
    if (pool == null) {
      insert(sketchers.get().sketch(texts, count, first));
      return;
    }
    inFlight.add(pool.submit(() -> sketchers.get().sketch(texts, count, first)));
    while (inFlight.size() >= maxInFlight) {
      insert(await(inFlight.poll()));
    }
  }

  private static Sketcher.Batch await(Future<Sketcher.Batch> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("minhash_dedup: interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("minhash_dedup: sketching failed: " + e.getCause(), e.getCause());
    }
  }

  private void insert(Sketcher.Batch b) {
    int bands = lsh.bands();
    for (int t = 0; t < b.count(); t++) {
      int doc = b.first() + t;
      if (b.empty()[t]) {
        emptyDocs++;
        continue;
      }
      index.insert(doc, b.bandKeys(), t * bands, prev);
      if (sets == null) {
        for (int band = 0; band < bands; band++) {
          int other = prev[band];
          if (other >= 0 && !seenBefore(band)) {
            candidatePairs++;
            if (clusters.union(doc, other)) {
              merges++;
            }
          }
        }
      } else {
        remember(doc, b.sets()[t]);
        verify(doc, bands);
      }
    }
  }

  /** True when {@code prev[band]} already appeared in an earlier band of this record. */
  private boolean seenBefore(int band) {
    for (int i = 0; i < band; i++) {
      if (prev[i] == prev[band]) {
        return true;
      }
    }
    return false;
  }

  private void remember(int doc, int[] set) {
    if (doc >= sets.length) {
      int cap = Math.max(doc + 1, sets.length + (sets.length >> 1));
      sets = Arrays.copyOf(sets, cap);
      int old = stamp.length;
      stamp = Arrays.copyOf(stamp, cap);
      Arrays.fill(stamp, old, cap, -1);
    }
    sets[doc] = set;
    stamp[doc] = -1;
  }

  private void verify(int doc, int bands) {
    for (int band = 0; band < bands; band++) {
      for (int other = prev[band]; other >= 0; other = index.next(band, other)) {
        if (stamp[other] == doc) {
          continue;
        }
        stamp[other] = doc;
        if (clusters.find(other) == clusters.find(doc)) {
          continue;
        }
        candidatePairs++;
        if (Sketcher.jaccard(sets[doc], sets[other]) >= config.threshold()) {
          verifiedPairs++;
          if (clusters.union(doc, other)) {
            merges++;
          }
        } else {
          falsePositivePairs++;
        }
      }
    }
  }

  @Override
  public Map<Long, Finding> findings() {
    if (findings != null) {
      return findings;
    }
    try {
      submit();
      while (!inFlight.isEmpty()) {
        insert(await(inFlight.poll()));
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    findings = close();
    return findings;
  }

  private Map<Long, Finding> close() {
    int n = docs.size();
    int[] kept = new int[n];
    int[] size = new int[n];
    for (int doc = 0; doc < n; doc++) {
      int root = clusters.find(doc);
      if (root == doc) {
        kept[doc] = doc;
      } else if (docs.replaces(policy, kept[root], doc)) {
        kept[root] = doc;
      }
      size[root]++;
    }
    Map<Long, Finding> out = new HashMap<>();
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    long clustersWithDuplicates = 0;
    for (int doc = 0; doc < n; doc++) {
      int root = clusters.find(doc);
      if (root == doc && size[doc] > 1) {
        clustersWithDuplicates++;
        histogram.merge(size[doc], 1L, Long::sum);
      }
      int keep = kept[root];
      if (keep == doc) {
        continue;
      }
      out.put(docs.line(doc), finding(doc, keep, size[root]));
    }
    report = report(n, out.size(), clustersWithDuplicates, histogram);
    return out;
  }

  private Finding finding(int doc, int keep, int clusterSize) {
    long keptLine = docs.line(keep);
    String where = lsh.bands() + " bands x " + lsh.rows() + " rows, threshold " + config.threshold();
    if (sets != null) {
      double j = Sketcher.jaccard(sets[doc], sets[keep]);
      return new Finding(
          MinHashDedup.NAME,
          "near_duplicate_jaccard",
          j,
          config.threshold(),
          String.format(
              "near duplicate of line %d: shingle Jaccard %.3f, cluster of %d (%s, verified)",
              keptLine, j, clusterSize, where),
          keptLine);
    }
    return new Finding(
        MinHashDedup.NAME,
        "near_duplicate_lsh",
        clusterSize,
        2,
        "near duplicate of record " + keptLine + ": MinHash LSH cluster of " + clusterSize
            + " records (" + where + ", not verified)",
        keptLine);
  }

  private Map<String, Object> report(
      int n, int duplicates, long clusterCount, TreeMap<Integer, Long> histogram) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("records", (long) n);
    r.put("empty_texts", emptyDocs);
    r.put("num_perm", config.numPerm());
    r.put("bands", lsh.bands());
    r.put("rows", lsh.rows());
    r.put("banding", config.bands() > 0 ? "given" : "derived");
    r.put("threshold", config.threshold());
    r.put("verify", config.verify());
    r.put("candidate_pairs", candidatePairs);
    if (config.verify()) {
      r.put("verified_pairs", verifiedPairs);
      r.put("false_positive_pairs", falsePositivePairs);
    }
    r.put("merges", merges);
    r.put("duplicate_clusters", clusterCount);
    r.put("duplicates", (long) duplicates);
    r.put("keep", policy.configName());
    Map<String, Long> hist = new LinkedHashMap<>();
    histogram.forEach((k, v) -> hist.put(String.valueOf(k), v));
    r.put("cluster_size_histogram", hist);
    r.put("threads", config.effectiveThreads());
    r.put("elapsed_ms", (System.nanoTime() - startNanos) / 1_000_000);
    return r;
  }

  @Override
  public Map<String, Object> report() {
    if (report == null) {
      findings();
    }
    return report;
  }
}
