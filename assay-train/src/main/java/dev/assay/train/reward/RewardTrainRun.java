package dev.assay.train.reward;

import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.models.embed.EmbeddingFileCache;
import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One reproducible reward-model training run, as {@code assay reward train} runs it: read the
 * pairs, embed each distinct text once (through the on-disk cache), split off the test pairs
 * ({@link RewardTrainOptions#isTest}), fit ({@link RewardTrainer}), evaluate on the test pairs, and
 * write into the output folder {@value RewardModel#FILE}, {@value #METRICS} (learning curve, test
 * metrics with baselines, per source) and {@value #MANIFEST} (inputs with sha256, hyperparameters,
 * seeds, timings, counts).
 *
 * <pre>{@code
 * RewardTrainRun.Result r = RewardTrainRun.run(options, List.of("reward", "train"), System.err::println);
 * }</pre>
 */
public final class RewardTrainRun {
  /** Metrics file name. */
  public static final String METRICS = "metrics.json";
  /** Manifest file name. */
  public static final String MANIFEST = "manifest.json";

  /** What a run wrote and measured. */
  public record Result(RewardModel model, Path modelFile, Path metricsFile, Path manifestFile, int pairs,
      int trainPairs, int testPairs, RewardMetrics test, Map<String, Object> metrics) {}

  private RewardTrainRun() {}

  /** Runs training; {@code args} are recorded in the manifest. */
  public static Result run(RewardTrainOptions o, List<String> args, Consumer<String> log) {
    ManifestBuilder manifest = RunManifest.builder("reward train", args);
    long t0 = System.nanoTime();
    PairReader.Loaded loaded = PairReader.read(o.data());
    List<RewardPair> pairs = loaded.pairs();
    log.accept("pairs: " + pairs.size() + " from " + o.data().size() + " file(s)");
    long t1 = System.nanoTime();
    List<RewardPair> train = new ArrayList<>();
    List<RewardPair> test = new ArrayList<>();
    for (RewardPair p : pairs) {
      (o.isTest(p) ? test : train).add(p);
    }
    if (train.isEmpty()) {
      throw new IllegalArgumentException("no training pairs left after holding out the test pairs");
    }
    int lazy = 0;
    if (!o.lazyAnswers().isEmpty()) {
      List<RewardPair> extra = LazyAnswers.pairs(train, java.util.Set.copyOf(o.lazyAnswers()), o.config().seed() + 3);
      train.addAll(extra);
      lazy = extra.size();
      log.accept("lazy-answer pairs: " + lazy + " (prompts of " + String.join(", ", o.lazyAnswers()) + ")");
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    Map<String, Object> embedderInfo;
    Fit main;
    Fit ablation = null;
    long t2;
    try (Embedder e = Embedders.open(o.embedder())) {
      embedderInfo = e.info().toMap();
      EmbeddingFileCache cache = new EmbeddingFileCache(o.cachePrefix(), o.embedder());
      long start = System.nanoTime();
      long[] last = {start};
      PairFeaturizer f = new PairFeaturizer(e, cache, (done, total) -> {
        long now = System.nanoTime();
        if (done == total || now - last[0] > 5_000_000_000L) {
          last[0] = now;
          log.accept(String.format("embedding %d/%d new texts (%.0f texts/s)", done, total, done / ((now - start) / 1e9)));
        }
      });
      // embed everything once, so the timing below is the embedding
      f.featurize(train, new FeatureSpec(o.embedder(), e.dimension(), true, true));
      f.featurize(test, new FeatureSpec(o.embedder(), e.dimension(), true, true));
      t2 = System.nanoTime();
      RewardTrainConfig chosen = o.config();
      FeatureSpec spec = new FeatureSpec(o.embedder(), e.dimension(), chosen.surface(), chosen.interaction(),
          chosen.headsBySource());
      if (o.cvFolds() >= 2) {
        CrossValidation.Result cv = CrossValidation.search(train, f.featurize(train, spec), spec,
            CrossValidation.randomSearch(o.config(), o.searchSize(), o.config().seed()), o.cvFolds(), log);
        metrics.put("model_selection", cv.toMap());
        chosen = cv.best().config();
      }
      main = fit(f, train, test, spec, o, chosen, log);
      if (o.ablateSurface()) {
        RewardTrainConfig other = chosen.withSurface(!chosen.surface());
        log.accept("ablation: surface features " + (other.surface() ? "on" : "off"));
        ablation = fit(f, train, test, new FeatureSpec(o.embedder(), e.dimension(), other.surface(), other.interaction(),
            other.headsBySource()), o, other, log);
      }
    }
    long t3 = System.nanoTime();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", pairs.size());
    counts.put("train", main.trained.trainPairs());
    counts.put("validation", main.trained.validationPairs());
    counts.put("test", test.size());
    counts.put("lazy_answer_pairs_in_train", lazy);
    metrics.put("pairs", counts);
    metrics.put("learning_curve", main.trained.curve().toMap());
    if (main.trained.headCurves().size() > 1) {
      Map<String, Object> byHead = new LinkedHashMap<>();
      main.trained.headCurves().forEach((name, c) -> byHead.put(name, c.toMap()));
      metrics.put("learning_curves_by_head", byHead);
    }
    metrics.putAll(main.report);
    if (ablation != null) {
      Map<String, Object> a = new LinkedHashMap<>(ablation.report);
      a.put("learning_curve", ablation.trained.curve().toMap());
      metrics.put(ablation.trained.model().features().surface() ? "with_surface_features" : "without_surface_features", a);
    }
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("read_ms", (t1 - t0) / 1_000_000);
    timings.put("embed_ms", (t2 - t1) / 1_000_000);
    timings.put("fit_and_evaluate_ms", (t3 - t2) / 1_000_000);
    timings.put("total_ms", (t3 - t0) / 1_000_000);
    metrics.put("timings", timings);

    Path modelFile = main.trained.model().save(o.out());
    Path metricsFile = o.out().resolve(METRICS);
    ManifestWriter.writeJson(metrics, metricsFile);
    for (PairReader.FileStats s : loaded.files()) {
      manifest.input(s.path(), s.format(), s.records());
    }
    manifest.component("embedder", o.embedder(), embedderInfo);
    manifest.component("features", "reward_features", main.trained.model().features().toMap());
    manifest.component("trainer", "bradley_terry_mlp", main.config.toMap());
    manifest.component("split", "grouped_by_prompt", o.toMap());
    manifest.seed("train", o.config().seed());
    manifest.seed("test_split", o.config().seed() + 1);
    manifest.seed("lazy_answers", o.config().seed() + 3);
    manifest.timing("read", (t1 - t0) / 1_000_000);
    manifest.timing("embed", (t2 - t1) / 1_000_000);
    manifest.timing("fit_and_evaluate", (t3 - t2) / 1_000_000);
    manifest.count("pairs", pairs.size());
    manifest.count("pairs_train", main.trained.trainPairs());
    manifest.count("pairs_validation", main.trained.validationPairs());
    manifest.count("pairs_test", test.size());
    manifest.count("pairs_lazy_answers", lazy);
    for (PairReader.FileStats s : loaded.files()) {
      manifest.count("skipped_" + s.path().getFileName(), s.skipped());
    }
    manifest.output("model", modelFile, "json", 1);
    manifest.output("metrics", metricsFile, "json", 1);
    Path manifestFile = o.out().resolve(MANIFEST);
    ManifestWriter.write(manifest.build(dev.assay.core.run.RunStatus.OK), manifestFile);
    log.accept("wrote " + modelFile + ", " + metricsFile + ", " + manifestFile);
    return new Result(main.trained.model(), modelFile, metricsFile, manifestFile, pairs.size(),
        main.trained.trainPairs(), test.size(), main.test, metrics);
  }

  private record Fit(RewardTrainer.Trained trained, RewardTrainConfig config, RewardMetrics test, Map<String, Object> report) {}

  private static Fit fit(PairFeaturizer f, List<RewardPair> train, List<RewardPair> test, FeatureSpec spec,
      RewardTrainOptions o, RewardTrainConfig config, Consumer<String> log) {
    RewardTrainer.Trained t = RewardTrainer.fit(train, f.featurize(train, spec), spec, config, log);
    Map<String, Object> report = new LinkedHashMap<>();
    RewardMetrics all = null;
    if (!test.isEmpty()) {
      PairFeaturizer.Matrices m = f.featurize(test, spec);
      double[] rc = new double[test.size()];
      double[] rr = new double[test.size()];
      for (int i = 0; i < rc.length; i++) {
        rc[i] = t.model().reward(m.chosen()[i]);
        rr[i] = t.model().reward(m.rejected()[i]);
      }
      all = section(report, "test", test, rc, rr, p -> true);
      section(report, "test_unseen_prompts", test, rc, rr, o::isTestPrompt);
      if (!o.holdoutSubsets().isEmpty()) {
        Predicate<RewardPair> held = p -> p.subset() != null && o.holdoutSubsets().contains(p.subset());
        section(report, "heldout_subsets", test, rc, rr, held);
        section(report, "heldout_subsets_unseen_prompts", test, rc, rr, held.and(o::isTestPrompt));
      }
      if (!o.lazyAnswers().isEmpty()) {
        List<RewardPair> lazyTest = LazyAnswers.pairs(test, java.util.Set.copyOf(o.lazyAnswers()), o.config().seed() + 5);
        PairFeaturizer.Matrices lm = f.featurize(lazyTest, spec);
        double[] lc = new double[lazyTest.size()];
        double[] lr = new double[lazyTest.size()];
        for (int i = 0; i < lc.length; i++) {
          lc[i] = t.model().reward(lm.chosen()[i]);
          lr[i] = t.model().reward(lm.rejected()[i]);
        }
        section(report, "lazy_answer_check", lazyTest, lc, lr, p -> true);
      }
      if (all != null) {
        log.accept(String.format("test: accuracy %.4f (longer wins %.4f), length-matched %.4f on %d, n %d",
            all.accuracy(), all.longerWins(), all.accuracyLengthMatched(), all.nLengthMatched(), all.n()));
      }
    }
    report.put("fit_ms", t.millis());
    return new Fit(t, config, all, report);
  }

  private static RewardMetrics section(Map<String, Object> report, String name, List<RewardPair> pairs, double[] rc,
      double[] rr, Predicate<RewardPair> keep) {
    List<RewardPair> sub = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (keep.test(pairs.get(i)) && pairs.get(i).decided()) {
        sub.add(pairs.get(i));
        c.add(rc[i]);
        r.add(rr[i]);
      }
    }
    if (sub.isEmpty()) {
      return null;
    }
    RewardMetrics m = RewardEvaluator.evaluate(sub, c.stream().mapToDouble(Double::doubleValue).toArray(),
        r.stream().mapToDouble(Double::doubleValue).toArray());
    report.put(name, m.toMap());
    return m;
  }
}
