package dev.assay.train.toxicity;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbeddingFileCache;
import dev.assay.models.toxicity.embedded.ToxicityDataLoader;
import dev.assay.models.toxicity.embedded.ToxicityExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The labelled examples of a training run with their embeddings, and the index arithmetic every
 * step of model selection needs (which rows, which labels, which weights).
 *
 * <pre>{@code
 * TrainingSet set = TrainingSet.load(dataDir, 0, embedder, cache, (done, total) -> {});
 * int[] olid = set.indices(i -> set.source(i).equals("olid"));
 * TrainingSet.Rows rows = set.rows(olid, "toxicity", SourceWeighting.BALANCED);
 * }</pre>
 */
public final class TrainingSet {
  /** The source names in report order. */
  public static final List<String> SOURCES = List.of(ToxicityDataLoader.OLID, ToxicityDataLoader.DAVIDSON, ToxicityDataLoader.TOXIGEN);
  /** The labels trained. */
  public static final List<String> LABELS = List.of("toxicity", "identity_attack");

  /** Rows ready for a learner: features, labels, weights. */
  public record Rows(float[][] x, int[] y, double[] w) {}

  private final List<ToxicityExample> examples;
  private final float[][] vectors;

  /** Examples and their vectors, in the same order. */
  public TrainingSet(List<ToxicityExample> examples, float[][] vectors) {
    if (examples.size() != vectors.length) {
      throw new IllegalArgumentException(examples.size() + " examples but " + vectors.length + " vectors");
    }
    this.examples = List.copyOf(examples);
    this.vectors = vectors;
  }

  /** Reads the sources (at most {@code limitPerSource} each, 0 for all) and embeds them through the cache. */
  public static TrainingSet load(Path dataDir, int limitPerSource, Embedder embedder, EmbeddingFileCache cache, EmbeddingFileCache.Progress progress) {
    List<ToxicityExample> all = limit(ToxicityDataLoader.loadAll(dataDir), limitPerSource);
    float[][] x = cache.embed(embedder, all.stream().map(ToxicityExample::text).toList(), progress);
    return new TrainingSet(all, x);
  }

  /** The first {@code n} examples of each source (all when {@code n == 0}). */
  static List<ToxicityExample> limit(List<ToxicityExample> all, int n) {
    if (n == 0) {
      return all;
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<ToxicityExample> out = new ArrayList<>();
    for (ToxicityExample e : all) {
      if (seen.merge(e.source(), 1, Integer::sum) <= n) {
        out.add(e);
      }
    }
    return out;
  }

  public int size() {
    return examples.size();
  }

  public int dimension() {
    return vectors.length == 0 ? 0 : vectors[0].length;
  }

  public ToxicityExample example(int i) {
    return examples.get(i);
  }

  public String source(int i) {
    return examples.get(i).source();
  }

  public int label(int i, String label) {
    return examples.get(i).label(label);
  }

  /** Indices {@code i} with {@code keep.test(i)}, ascending. */
  public int[] indices(IntPredicate keep) {
    return java.util.stream.IntStream.range(0, size()).filter(keep).toArray();
  }

  /** The sources present among {@code idx}, in {@link #SOURCES} order. */
  public List<String> sourcesOf(int[] idx) {
    java.util.Set<String> s = new java.util.HashSet<>();
    for (int i : idx) {
      s.add(source(i));
    }
    return SOURCES.stream().filter(s::contains).toList();
  }

  /** Features, {@code label} and weights of rows {@code idx}. */
  public Rows rows(int[] idx, String label, SourceWeighting weighting) {
    float[][] x = new float[idx.length][];
    int[] y = new int[idx.length];
    List<String> src = new ArrayList<>(idx.length);
    for (int k = 0; k < idx.length; k++) {
      x[k] = vectors[idx[k]];
      y[k] = label(idx[k], label);
      src.add(source(idx[k]));
    }
    return new Rows(x, y, weighting.weights(src));
  }

  /** Metrics of {@code head} on rows {@code idx}, or null if they hold a single class. */
  public LabelMetrics evaluate(HeadLearner.Fitted head, int[] idx, String label) {
    int[] y = new int[idx.length];
    double[] p = new double[idx.length];
    for (int k = 0; k < idx.length; k++) {
      y[k] = label(idx[k], label);
      p[k] = head.probability(vectors[idx[k]]);
    }
    return LabelMetrics.of(y, p);
  }

  /** Examples and positives per source, for the report. */
  public Map<String, Object> sizes() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String s : SOURCES) {
      int[] idx = indices(i -> source(i).equals(s));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("examples", idx.length);
      for (String l : LABELS) {
        int pos = 0;
        for (int i : idx) {
          pos += label(i, l);
        }
        m.put(l + "_positive", pos);
      }
      out.put(s, m);
    }
    return out;
  }
}
