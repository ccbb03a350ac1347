package dev.assay.models.reward;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.models.embed.EmbeddingFileCache;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores responses and pairs with a {@link RewardModel}, opening the model's embedder once (shared
 * and thread-safe, see {@link Embedders#shared}).
 *
 * <pre>{@code
 * try (RewardScorer s = RewardScorer.open(RewardModel.load("default"), null)) {
 *   double[][] r = s.scorePairs(pairs);   // r[0] chosen, r[1] rejected
 * }
 * }</pre>
 */
public final class RewardScorer implements AutoCloseable {
  private final RewardModel model;
  private final Embedder embedder;
  private final PairFeaturizer featurizer;

  private RewardScorer(RewardModel model, Embedder embedder, EmbeddingFileCache cache, EmbeddingFileCache.Progress progress) {
    this.model = model;
    this.embedder = embedder;
    this.featurizer = new PairFeaturizer(embedder, cache, progress);
  }

  /** Opens the model's embedder; {@code cacheFile} (may be null) keeps embeddings on disk. */
  public static RewardScorer open(RewardModel model, Path cacheFile) {
    return open(model, cacheFile, (d, t) -> {});
  }

  /** As {@link #open(RewardModel, Path)}, reporting embedding progress. */
  public static RewardScorer open(RewardModel model, Path cacheFile, EmbeddingFileCache.Progress progress) {
    String spec = model.features().embedder();
    Embedder e = Embedders.open(spec);
    if (e.dimension() != model.features().dimension()) {
      e.close();
      throw new IllegalArgumentException("the model expects " + model.features().dimension()
          + "-dimensional embeddings from " + spec + ", which gives " + e.dimension());
    }
    EmbeddingFileCache cache = cacheFile == null ? null : new EmbeddingFileCache(cacheFile, spec);
    return new RewardScorer(model, e, cache, progress);
  }

  /** The model. */
  public RewardModel model() {
    return model;
  }

  /** Rewards of every pair: {@code [0][i]} chosen, {@code [1][i]} rejected. */
  public double[][] scorePairs(List<RewardPair> pairs) {
    PairFeaturizer.Matrices m = featurizer.featurize(pairs, model.features());
    double[][] r = new double[2][pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      r[0][i] = model.reward(m.chosen()[i]);
      r[1][i] = model.reward(m.rejected()[i]);
    }
    return r;
  }

  /** The reward of each response to its prompt. */
  public double[] score(List<String> prompts, List<String> responses) {
    float[][] x = featurizer.featurize(prompts, responses, model.features());
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      r[i] = model.reward(x[i]);
    }
    return r;
  }

  @Override
  public void close() {
    embedder.close();
  }
}
