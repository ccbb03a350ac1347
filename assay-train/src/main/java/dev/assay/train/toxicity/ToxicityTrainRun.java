package dev.assay.train.toxicity;

import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.models.embed.EmbeddingFileCache;
import dev.assay.models.toxicity.embedded.ToxicityDataLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One reproducible training run of the embedded toxicity scorer, as {@code assay train toxicity}
 * runs it: load and embed the sources (through the embedding cache), select and fit ({@link
 * ToxicityTrainer}), then write into the output folder
 *
 * <ul>
 *   <li>{@value #WEIGHTS}: the weights in the format {@code EmbeddedToxicityModel} reads (so
 *       {@code --scorer embedded:<out>/weights.json} scores with them);
 *   <li>{@value #METRICS}: the cross-validation, leave-one-source-out and held-out metrics;
 *   <li>{@value #MANIFEST}: inputs with sha256, seeds, hyperparameters, timings, counts.
 * </ul>
 *
 * <pre>{@code
 * var o = ToxicityTrainOptions.defaults(Path.of("../shared/data/toxicity"), Path.of("out/tox"));
 * ToxicityTrainRun.Result r = ToxicityTrainRun.run(o, List.of("train", "toxicity"), System.err::println);
 * }</pre>
 */
public final class ToxicityTrainRun {
  /** Weights file name in the output folder. */
  public static final String WEIGHTS = "weights.json";
  /** Metrics file name in the output folder. */
  public static final String METRICS = "metrics.json";
  /** Manifest file name in the output folder. */
  public static final String MANIFEST = "manifest.json";

  /** What a run wrote. */
  public record Result(ToxicityTrainResult training, Path weights, Path metrics, Path manifest, int examples) {}

  private ToxicityTrainRun() {}

  /** Runs training with {@code options}; {@code args} are recorded in the manifest. */
  public static Result run(ToxicityTrainOptions options, List<String> args, Consumer<String> log) {
    ManifestBuilder manifest = RunManifest.builder("train toxicity", args);
    long t0 = System.nanoTime();
    TrainingSet set;
    Map<String, Object> embedderInfo;
    try (Embedder e = Embedders.open(options.embedder())) {
      embedderInfo = e.info().toMap();
      EmbeddingFileCache cache = new EmbeddingFileCache(options.cachePrefix(), options.embedder());
      long[] last = {System.nanoTime()};
      long start = System.nanoTime();
      set = TrainingSet.load(options.dataDir(), options.limitPerSource(), e, cache, (done, total) -> {
        long now = System.nanoTime();
        if (done == total || now - last[0] > 5_000_000_000L) {
          last[0] = now;
          log.accept(String.format("embedding %d/%d new texts (%.0f texts/s)", done, total, done / ((now - start) / 1e9)));
        }
      });
      log.accept("examples: " + set.size() + " (embedding cache " + cache.file() + ")");
    }
    long t1 = System.nanoTime();
    ToxicityTrainResult r = new ToxicityTrainer(options, log).train(set);
    long t2 = System.nanoTime();

    Path out = options.outDir();
    Path weights = out.resolve(WEIGHTS);
    Path metrics = out.resolve(METRICS);
    try {
      Files.createDirectories(out);
      Files.writeString(weights, r.model().toJson());
    } catch (IOException ex) {
      throw new UncheckedIOException(weights + ": cannot write: " + ex.getMessage(), ex);
    }
    ManifestWriter.writeJson(r.report(), metrics);

    Path data = options.dataDir();
    manifest.input(data.resolve(ToxicityDataLoader.OLID_FILE), "tsv", ToxicityDataLoader.lineCount(data.resolve(ToxicityDataLoader.OLID_FILE)) - 1L);
    manifest.input(data.resolve(ToxicityDataLoader.DAVIDSON_FILE), "csv", count(set, ToxicityDataLoader.DAVIDSON));
    for (Path f : toxigenFiles(data.resolve(ToxicityDataLoader.TOXIGEN_DIR))) {
      manifest.input(f, "text", ToxicityDataLoader.lineCount(f));
    }
    manifest.component("embedder", options.embedder(), embedderInfo);
    manifest.component("learner", "lr", r.shipped().candidate().learner().config());
    Map<String, Object> sel = new LinkedHashMap<>();
    sel.put("lambdas", options.lambdas());
    sel.put("cv_folds", options.cvFolds());
    sel.put("learners", options.learners());
    sel.put("weightings", options.weightings().stream().map(SourceWeighting::name).toList());
    sel.put("test_fraction", options.testFraction());
    sel.put("limit_per_source", options.limitPerSource());
    sel.put("chosen_lambda", r.lambda());
    sel.put("chosen_weighting", r.shipped().candidate().weighting().name());
    sel.put("best_by_leave_one_source_out", r.best().candidate().name());
    manifest.component("model_selection", "leave_one_source_out", sel);
    if (options.learners().contains("mlp")) {
      manifest.component("learner_compared", "mlp", MlpLearner.defaults(options.seed()).config());
    }
    manifest.seed("split", options.seed());
    manifest.seed("cv_folds", options.seed() + 1);
    manifest.seed("mlp", options.seed());
    manifest.timing("load_and_embed", (t1 - t0) / 1_000_000);
    manifest.timing("select_and_fit", (t2 - t1) / 1_000_000);
    manifest.count("examples", set.size());
    for (String s : TrainingSet.SOURCES) {
      manifest.count("examples_" + s, count(set, s));
    }
    manifest.output("weights", weights, "json", r.model().heads().size());
    manifest.output("metrics", metrics, "json", r.candidates().size());
    if (r.best() != r.shipped()) {
      manifest.warning("the best candidate by leave-one-source-out, " + r.best().candidate().name()
          + ", is not a linear head; shipped the best lr candidate " + r.shipped().candidate().name());
    }
    Path manifestPath = out.resolve(MANIFEST);
    ManifestWriter.write(manifest.build(dev.assay.core.run.RunStatus.OK), manifestPath);
    log.accept("wrote " + weights + ", " + metrics + ", " + manifestPath);
    return new Result(r, weights, metrics, manifestPath, set.size());
  }

  private static long count(TrainingSet set, String source) {
    return set.indices(i -> set.source(i).equals(source)).length;
  }

  private static List<Path> toxigenFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }
}
