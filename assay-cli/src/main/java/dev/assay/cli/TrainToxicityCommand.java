package dev.assay.cli;

import dev.assay.train.toxicity.SourceWeighting;
import dev.assay.train.toxicity.ToxicityTrainOptions;
import dev.assay.train.toxicity.ToxicityTrainRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay train toxicity}: trains the embedded toxicity scorer's heads from OLID, Davidson et
 * al. and ToxiGen ({@link ToxicityTrainRun} does the work).
 *
 * <pre>{@code
 * ./assay train toxicity --data ../shared/data/toxicity --out out/toxicity --seed 42
 * ./assay toxicity score --scorer embedded:out/toxicity/weights.json --field text --out s.jsonl in.jsonl
 * }</pre>
 */
@Command(
    name = "toxicity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train the embedded toxicity scorer: logistic-regression heads (toxicity, identity_attack) over frozen"
          + " sentence embeddings, from the OLID, Davidson and ToxiGen files in --data.",
      "Chooses the L2 strength by k-fold CV, then the learner (lr, mlp) and source weighting by"
          + " leave-one-source-out ROC-AUC; reports held-out ROC-AUC, PR-AUC and ECE per label; refits on all data.",
      "Writes <out>/weights.json (use with --scorer embedded:<out>/weights.json), <out>/metrics.json and"
          + " <out>/manifest.json. Embeddings are cached (default <out>/embeddings.bin.<embedder>); the full"
          + " data takes about 100 s to embed on 2 cores, then a few minutes of fitting."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay train toxicity --data ../shared/data/toxicity --out target/toxicity-train --learners lr"})
public final class TrainToxicityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Folder with olid-training-v1.0.tsv.gz, davidson_labeled_data.csv.gz and toxigen/.")
  Path data;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the hold-out split, CV folds and MLP (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--embedder", paramLabel = "SPEC", description = "Embedding model: minilm-q (default), minilm or a path to an .onnx model.")
  String embedder = "minilm-q";

  @Option(names = "--cache", paramLabel = "FILE", description = "Embedding cache prefix (default: <out>/embeddings.bin); never commit it.")
  Path cache;

  @Option(names = "--limit-per-source", paramLabel = "N", description = "Use only the first N examples of each source (0 = all; default: ${DEFAULT-VALUE}).")
  int limitPerSource = 0;

  @Option(names = "--learners", split = ",", paramLabel = "LIST", description = "Learners compared: lr, mlp (default: lr,mlp). Only lr heads are written.")
  List<String> learners = List.of("lr", "mlp");

  @Option(names = "--weightings", split = ",", paramLabel = "LIST",
      description = "Source weightings compared: pooled, balanced, balanced-olid<m> (default: pooled,balanced,balanced-olid2,balanced-olid4).")
  List<String> weightings = List.of("pooled", "balanced", "balanced-olid2", "balanced-olid4");

  @Option(names = "--lambdas", split = ",", paramLabel = "LIST", description = "L2 strengths compared by CV (default: 1e-4,1e-3,1e-2).")
  List<Double> lambdas = List.of(1e-4, 1e-3, 1e-2);

  @Option(names = "--folds", paramLabel = "K", description = "CV folds for the L2 strength (default: ${DEFAULT-VALUE}).")
  int folds = 3;

  @Option(names = "--test-fraction", paramLabel = "F", description = "Held-out share of each (source, label) stratum (default: ${DEFAULT-VALUE}).")
  double testFraction = 0.2;

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new UsageError(data + ": no such data directory (expected olid-training-v1.0.tsv.gz, davidson_labeled_data.csv.gz and toxigen/)");
    }
    ToxicityTrainOptions options;
    try {
      options = new ToxicityTrainOptions(data, out, cache, embedder, seed, testFraction, folds, lambdas, learners,
          weightings.stream().map(SourceWeighting::parse).toList(), limitPerSource);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    ToxicityTrainRun.Result r = ToxicityTrainRun.run(options, List.copyOf(spec.commandLine().getParseResult().originalArgs()), line -> {
      if (!output.quiet()) {
        err.println("train toxicity: " + line);
        err.flush();
      }
    });
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("examples", r.examples());
    summary.put("lambda", r.training().lambda());
    summary.put("shipped", r.training().shipped().candidate().name());
    summary.put("best_by_leave_one_source_out", r.training().best().candidate().name());
    summary.put("leave_one_source_out_mean_auc", round(r.training().shipped().losoMean()));
    summary.put("weights", r.weights().toString());
    summary.put("metrics", r.metrics().toString());
    summary.put("manifest", r.manifest().toString());
    output.report(summary, e -> e.printf("%d examples: shipped %s (leave-one-source-out mean ROC-AUC %.3f) -> %s%n",
        r.examples(), summary.get("shipped"), r.training().shipped().losoMean(), r.weights()));
    return ExitCode.OK;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
