package dev.assay.models.reward;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbeddingFileCache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns pairs into feature matrices ({@link FeatureSpec}): each distinct text (prompt or response)
 * is embedded once, through the on-disk {@link EmbeddingFileCache} when one is given (so a second
 * training run embeds nothing).
 *
 * <pre>{@code
 * var f = new PairFeaturizer(embedder, cache, (done, total) -> {});
 * PairFeaturizer.Matrices m = f.featurize(pairs, spec);
 * }</pre>
 */
public final class PairFeaturizer {
  /** Feature rows of the chosen and the rejected responses, one per pair. */
  public record Matrices(float[][] chosen, float[][] rejected) {}

  private final Embedder embedder;
  private final EmbeddingFileCache cache;
  private final EmbeddingFileCache.Progress progress;

  /** {@code cache} may be null (then texts are embedded in memory, each distinct one once). */
  public PairFeaturizer(Embedder embedder, EmbeddingFileCache cache, EmbeddingFileCache.Progress progress) {
    this.embedder = embedder;
    this.cache = cache;
    this.progress = progress;
  }

  /** The feature rows of every pair. */
  public Matrices featurize(List<RewardPair> pairs, FeatureSpec spec) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (RewardPair p : pairs) {
      distinct.add(p.prompt());
      distinct.add(p.chosen());
      distinct.add(p.rejected());
    }
    Map<String, float[]> v = embed(new ArrayList<>(distinct));
    float[][] c = new float[pairs.size()][];
    float[][] r = new float[pairs.size()][];
    for (int i = 0; i < pairs.size(); i++) {
      RewardPair p = pairs.get(i);
      float[] pe = v.get(p.prompt());
      c[i] = spec.features(pe, v.get(p.chosen()), p.chosen());
      r[i] = spec.features(pe, v.get(p.rejected()), p.rejected());
    }
    return new Matrices(c, r);
  }

  /** The features of single responses to prompts (for scoring one text, occlusion). */
  public float[][] featurize(List<String> prompts, List<String> responses, FeatureSpec spec) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>(prompts);
    distinct.addAll(responses);
    Map<String, float[]> v = embed(new ArrayList<>(distinct));
    float[][] x = new float[responses.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = spec.features(v.get(prompts.get(i)), v.get(responses.get(i)), responses.get(i));
    }
    return x;
  }

  private Map<String, float[]> embed(List<String> texts) {
    float[][] vectors;
    if (cache != null) {
      vectors = cache.embed(embedder, texts, progress);
    } else {
      vectors = new float[texts.size()][];
      int batch = 256;
      for (int from = 0; from < texts.size(); from += batch) {
        List<String> part = texts.subList(from, Math.min(texts.size(), from + batch));
        float[][] e = embedder.embed(part);
        System.arraycopy(e, 0, vectors, from, e.length);
        progress.embedded(from + part.size(), texts.size());
      }
    }
    Map<String, float[]> m = new HashMap<>(texts.size() * 2);
    for (int i = 0; i < vectors.length; i++) {
      m.put(texts.get(i), vectors[i]);
    }
    return m;
  }
}
