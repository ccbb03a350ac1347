package dev.assay.quality.contamination;

import dev.assay.models.embed.Embedder;
import dev.assay.stats.similarity.VectorOps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Benchmark item embeddings for semantic contamination: brute-force cosine search (vectors are
 * L2-normalised, so the cosine is a dot product through {@link VectorOps}). At 384 dimensions a
 * query against 10,000 items is about 4 million multiply-adds, well under a millisecond, so no
 * approximate index is needed at benchmark sizes; the cost of a run is embedding the training rows.
 *
 * <pre>{@code
 * EmbeddingIndex idx = EmbeddingIndex.build(embedder, loaded.texts());
 * List<EmbeddingIndex.Hit> hits = idx.above(embedder.embed(row), 0.9, 3);
 * }</pre>
 */
public final class EmbeddingIndex {
  private final float[][] vectors;
  private final VectorOps ops = VectorOps.get();

  /** An item and its cosine with the query. */
  public record Hit(int item, double cosine) {}

  private EmbeddingIndex(float[][] vectors) {
    this.vectors = vectors;
  }

  /** Embeds every benchmark text (in the embedder's batches). */
  public static EmbeddingIndex build(Embedder embedder, List<String> texts) {
    return new EmbeddingIndex(embedder.embed(texts));
  }

  /** An index over vectors computed elsewhere (each L2-normalised or zero). */
  public static EmbeddingIndex of(float[][] vectors) {
    return new EmbeddingIndex(vectors.clone());
  }

  /** Items in the index. */
  public int size() {
    return vectors.length;
  }

  /**
   * The items whose cosine with {@code query} is at least {@code threshold}, best first, at most
   * {@code limit}. A zero query (blank text) matches nothing.
   */
  public List<Hit> above(float[] query, double threshold, int limit) {
    List<Hit> hits = new ArrayList<>();
    if (Embedder.isZero(query)) {
      return hits;
    }
    for (int i = 0; i < vectors.length; i++) {
      double c = ops.dot(query, vectors[i]);
      if (c >= threshold) {
        hits.add(new Hit(i, c));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::cosine).reversed());
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }

  /** Cosine of {@code query} with item {@code item}. */
  public double cosineWith(float[] query, int item) {
    return ops.dot(query, vectors[item]);
  }

  /** The best cosine of {@code query} against any item (-1 for an empty index or zero query). */
  public Hit best(float[] query) {
    Hit best = new Hit(-1, -1);
    if (Embedder.isZero(query)) {
      return best;
    }
    for (int i = 0; i < vectors.length; i++) {
      double c = ops.dot(query, vectors[i]);
      if (c > best.cosine()) {
        best = new Hit(i, c);
      }
    }
    return best;
  }
}
