package dev.assay.train.reward;

import dev.assay.models.reward.RewardPair;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link RewardTrainRun} trains on and how.
 *
 * <pre>{@code
 * var o = new RewardTrainOptions(List.of(Path.of("prefs.jsonl")), Path.of("out/rm"), null, "minilm-q",
 *     RewardTrainConfig.defaults(), List.of(), 0.2, false, 0, 1);
 * }</pre>
 *
 * @param data preference files (any format {@link PairReader} reads)
 * @param out output folder
 * @param cache embedding cache prefix, or null for {@code <out>/embeddings.bin}
 * @param embedder embedder spec
 * @param config network and training hyperparameters
 * @param holdoutSubsets subsets (AlpacaEval generators) whose pairs are all held out for testing
 * @param testFraction share of prompts held out for testing (whole prompts; 0 = no test set
 *     besides the held-out subsets)
 * @param ablateSurface also fit without surface features and report both
 * @param cvFolds folds of the grouped cross-validation that picks the hyperparameters (0 = none:
 *     use {@code config} as it is)
 * @param searchSize configurations compared by cross-validation ({@code config} plus {@code
 *     searchSize - 1} random ones, {@link CrossValidation#randomSearch})
 * @param lazyAnswers sources whose training prompts also get a {@link LazyAnswers} pair (empty: none)
 */
public record RewardTrainOptions(List<Path> data, Path out, Path cache, String embedder, RewardTrainConfig config,
    List<String> holdoutSubsets, double testFraction, boolean ablateSurface, int cvFolds, int searchSize,
    List<String> lazyAnswers) {

  /** Without lazy-answer pairs. */
  public RewardTrainOptions(List<Path> data, Path out, Path cache, String embedder, RewardTrainConfig config,
      List<String> holdoutSubsets, double testFraction, boolean ablateSurface, int cvFolds, int searchSize) {
    this(data, out, cache, embedder, config, holdoutSubsets, testFraction, ablateSurface, cvFolds, searchSize, List.of());
  }

  /** Checks and copies. */
  public RewardTrainOptions {
    data = List.copyOf(data);
    holdoutSubsets = List.copyOf(holdoutSubsets);
    lazyAnswers = List.copyOf(lazyAnswers);
    if (data.isEmpty()) {
      throw new IllegalArgumentException("--data: expected at least one preference file");
    }
    if (cvFolds == 1 || cvFolds < 0 || searchSize < 1) {
      throw new IllegalArgumentException("--cv-folds: expected 0 (off) or at least 2; --search: expected at least 1");
    }
    if (!(testFraction >= 0 && testFraction < 1)) {
      throw new IllegalArgumentException("--test-fraction: expected a number in [0, 1), found " + testFraction);
    }
  }

  /** The cache prefix actually used. */
  public Path cachePrefix() {
    return cache != null ? cache : out.resolve("embeddings.bin");
  }

  /** Whether a pair is in the test set. */
  public boolean isTest(RewardPair p) {
    return (p.subset() != null && holdoutSubsets.contains(p.subset())) || isTestPrompt(p);
  }

  /** Whether a pair's prompt is among the held-out test prompts. */
  public boolean isTestPrompt(RewardPair p) {
    return testFraction > 0 && GroupSplit.heldOut(p.group(), config.seed() + 1, testFraction);
  }

  /** As a map for the manifest. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("holdout_subsets", holdoutSubsets);
    m.put("test_fraction", testFraction);
    m.put("test_split", "pairs of the held-out subsets, plus every pair whose prompt hashes into the test fraction (seed + 1)");
    m.put("ablate_surface", ablateSurface);
    m.put("cv_folds", cvFolds);
    m.put("search_size", searchSize);
    m.put("lazy_answer_pairs_for", lazyAnswers);
    return m;
  }
}
