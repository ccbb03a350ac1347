package dev.assay.train.toxicity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a toxicity training run depends on besides the data itself. {@link #defaults} are
 * the settings the bundled weights were made with.
 *
 * <pre>{@code
 * ToxicityTrainOptions o = ToxicityTrainOptions.defaults(Path.of("../shared/data/toxicity"), Path.of("out/tox"))
 *     .withLimitPerSource(150).withLearners(List.of("lr"));
 * ToxicityTrainRun.run(o, List.of(), System.err::println);
 * }</pre>
 *
 * @param dataDir folder with the OLID TSV, the Davidson CSV and the ToxiGen folder
 * @param outDir where the weights, metrics.json and manifest.json go
 * @param embeddingCache cache file prefix (the embedder spec is appended); null: {@code
 *     <outDir>/embeddings.bin}
 * @param embedder {@code Embedders.open} spec of the frozen embedding model
 * @param seed seed of the hold-out split, the CV folds and the MLP
 * @param testFraction share of each (source, label) stratum held out for the reported metrics
 * @param cvFolds folds for choosing the L2 strength of logistic regression
 * @param lambdas the L2 strengths compared by cross-validation
 * @param learners learners compared by leave-one-source-out: {@code lr}, {@code mlp}
 * @param weightings source weightings compared by leave-one-source-out ({@link SourceWeighting})
 * @param limitPerSource keep at most this many examples per source (first in file order, after
 *     deduplication); 0 keeps all. For quick runs and tests
 */
public record ToxicityTrainOptions(
    Path dataDir, Path outDir, Path embeddingCache, String embedder, long seed, double testFraction,
    int cvFolds, List<Double> lambdas, List<String> learners, List<SourceWeighting> weightings, int limitPerSource) {

  /** Checks and copies. */
  public ToxicityTrainOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(embedder, "embedder");
    lambdas = List.copyOf(lambdas);
    learners = List.copyOf(learners);
    weightings = List.copyOf(weightings);
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("test fraction: expected (0, 1), found " + testFraction);
    }
    if (cvFolds < 2) {
      throw new IllegalArgumentException("folds: expected >= 2, found " + cvFolds);
    }
    if (lambdas.isEmpty() || lambdas.stream().anyMatch(l -> !(l >= 0))) {
      throw new IllegalArgumentException("lambdas: expected one or more numbers >= 0, found " + lambdas);
    }
    if (learners.isEmpty() || learners.stream().anyMatch(l -> !l.equals("lr") && !l.equals("mlp"))) {
      throw new IllegalArgumentException("learners: expected lr and/or mlp, found " + learners);
    }
    if (weightings.isEmpty()) {
      throw new IllegalArgumentException("weightings: expected at least one");
    }
    if (limitPerSource < 0) {
      throw new IllegalArgumentException("limit per source: expected >= 0, found " + limitPerSource);
    }
  }

  /** The settings of the bundled weights, reading {@code dataDir} and writing {@code outDir}. */
  public static ToxicityTrainOptions defaults(Path dataDir, Path outDir) {
    return new ToxicityTrainOptions(dataDir, outDir, null, "minilm-q", 42, 0.2, 3, List.of(1e-4, 1e-3, 1e-2),
        List.of("lr", "mlp"),
        List.of(SourceWeighting.parse("pooled"), SourceWeighting.BALANCED, SourceWeighting.parse("balanced-olid2"),
            SourceWeighting.parse("balanced-olid4")),
        0);
  }

  /** The embedding cache prefix actually used. */
  public Path cachePrefix() {
    return embeddingCache != null ? embeddingCache : outDir.resolve("embeddings.bin");
  }

  public ToxicityTrainOptions withLimitPerSource(int n) {
    return new ToxicityTrainOptions(dataDir, outDir, embeddingCache, embedder, seed, testFraction, cvFolds, lambdas, learners, weightings, n);
  }

  public ToxicityTrainOptions withLearners(List<String> l) {
    return new ToxicityTrainOptions(dataDir, outDir, embeddingCache, embedder, seed, testFraction, cvFolds, lambdas, l, weightings, limitPerSource);
  }

  public ToxicityTrainOptions withWeightings(List<SourceWeighting> w) {
    return new ToxicityTrainOptions(dataDir, outDir, embeddingCache, embedder, seed, testFraction, cvFolds, lambdas, learners, w, limitPerSource);
  }

  public ToxicityTrainOptions withLambdas(List<Double> l) {
    return new ToxicityTrainOptions(dataDir, outDir, embeddingCache, embedder, seed, testFraction, cvFolds, l, learners, weightings, limitPerSource);
  }

  public ToxicityTrainOptions withEmbeddingCache(Path p) {
    return new ToxicityTrainOptions(dataDir, outDir, p, embedder, seed, testFraction, cvFolds, lambdas, learners, weightings, limitPerSource);
  }

  public ToxicityTrainOptions withSeed(long s) {
    return new ToxicityTrainOptions(dataDir, outDir, embeddingCache, embedder, s, testFraction, cvFolds, lambdas, learners, weightings, limitPerSource);
  }
}
