package dev.assay.cli;

import dev.assay.train.reward.RewardTrainConfig;
import dev.assay.train.reward.RewardTrainOptions;
import dev.assay.train.reward.RewardTrainRun;
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
 * {@code assay reward train}: fits the reward model ({@link RewardTrainRun} does the work).
 *
 * <pre>{@code
 * ./assay reward train --data prefs.jsonl --data ../shared/data/hh_rlhf/harmless-base-test.jsonl.gz --out out/rm
 * }</pre>
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train a reward model: MiniLM sentence embeddings of prompt and response (+ surface features such as"
          + " length) into a small MLP with a scalar reward, Bradley-Terry loss with soft labels and margins,"
          + " L2, dropout, early stopping on prompts held out for validation.",
      "Reads prompt/chosen/rejected JSONL, hh-rlhf transcripts, AlpacaEval annotations (soft preferences) and"
          + " 'assay judge' pairwise judgments that carry the pair texts.",
      "Writes <out>/reward-model.json, <out>/metrics.json (learning curve, test metrics with baselines) and"
          + " <out>/manifest.json. Embeddings are cached in <out>/embeddings.bin.<embedder> (never commit it)."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay reward train --data prefs.jsonl --out target/rm --test-fraction 0.2"})
public final class RewardTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Preference file (repeatable).")
  List<Path> data;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--test-fraction", paramLabel = "F", description = "Share of prompts held out for testing (default: ${DEFAULT-VALUE}).")
  double testFraction = 0.0;

  @Option(names = "--holdout", split = ",", paramLabel = "NAMES", description = "AlpacaEval generators (subsets) held out for testing.")
  List<String> holdout = List.of();

  @Option(names = "--hidden", paramLabel = "N", description = "Hidden units (default: ${DEFAULT-VALUE}).")
  int hidden = RewardTrainConfig.defaults().hidden();

  @Option(names = "--l2", paramLabel = "X", description = "L2 strength (default: ${DEFAULT-VALUE}).")
  double l2 = RewardTrainConfig.defaults().l2();

  @Option(names = "--dropout", paramLabel = "P", description = "Hidden-unit dropout (default: ${DEFAULT-VALUE}).")
  double dropout = RewardTrainConfig.defaults().dropout();

  @Option(names = "--learning-rate", paramLabel = "X", description = "Adam step size (default: ${DEFAULT-VALUE}).")
  double learningRate = RewardTrainConfig.defaults().learningRate();

  @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default: ${DEFAULT-VALUE}).")
  int epochs = RewardTrainConfig.defaults().maxEpochs();

  @Option(names = "--patience", paramLabel = "N", description = "Early-stopping patience in epochs (default: ${DEFAULT-VALUE}).")
  int patience = RewardTrainConfig.defaults().patience();

  @Option(names = "--validation-fraction", paramLabel = "F", description = "Share of training prompts for early stopping (default: ${DEFAULT-VALUE}).")
  double validationFraction = RewardTrainConfig.defaults().validationFraction();

  @Option(names = "--center-rewards", paramLabel = "C", description = "TRL's center_rewards_coefficient (default: ${DEFAULT-VALUE}).")
  double centre = RewardTrainConfig.defaults().centre();

  @Option(names = "--no-surface-features", description = "Leave out length and the other surface features.")
  boolean noSurface;

  @Option(names = "--no-prompt-interaction", description = "Leave out the prompt x response product features.")
  boolean noInteraction;

  @Option(names = "--balance-sources", description = "Repeat the pairs of smaller sources so each source weighs about as much as the largest.")
  boolean balance;

  @Option(names = "--ensemble", paramLabel = "N", description = "Networks per head, fitted from different seeds and averaged (default: ${DEFAULT-VALUE}).")
  int ensemble = 1;

  @Option(names = "--heads-by-source", description = "One head per data source (e.g. alpacaeval, hh-rlhf), mixed per prompt by a gate learnt from the prompt embedding.")
  boolean headsBySource;

  @Option(names = "--lazy-answers", split = ",", paramLabel = "SOURCES", description = "Also train on 'real answer beats a lazy non-answer (\"No.\", \"I don't know.\")' pairs made from the training prompts of these sources (e.g. alpacaeval).")
  List<String> lazyAnswers = new java.util.ArrayList<>();

  @Option(names = "--ablate-surface", description = "Also fit with the surface features switched the other way and report both.")
  boolean ablate;

  @Option(names = "--cv-folds", paramLabel = "K", description = "Pick hyperparameters by K-fold cross-validation grouped by prompt (0 = off; default: ${DEFAULT-VALUE}).")
  int cvFolds = 0;

  @Option(names = "--search", paramLabel = "N", description = "Configurations compared by --cv-folds: the given one plus N-1 random ones (default: ${DEFAULT-VALUE}).")
  int search = 1;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--embedder", paramLabel = "SPEC", description = "Embedding model: minilm-q (default), minilm or an .onnx path.")
  String embedder = "minilm-q";

  @Option(names = "--cache", paramLabel = "FILE", description = "Embedding cache prefix (default: <out>/embeddings.bin).")
  Path cache;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    RewardTrainOptions o;
    try {
      RewardTrainConfig c = new RewardTrainConfig(hidden, l2, dropout, learningRate, 64, epochs, patience,
          validationFraction, centre, !noSurface, !noInteraction, balance, seed).withHeads(ensemble, headsBySource);
      o = new RewardTrainOptions(data, out, cache, embedder, c, holdout, testFraction, ablate, cvFolds, search, lazyAnswers);
      RewardTrainRun.Result r = RewardTrainRun.run(o, List.copyOf(spec.commandLine().getParseResult().originalArgs()), line -> {
        if (!output.quiet()) {
          spec.commandLine().getErr().println("reward train: " + line);
          spec.commandLine().getErr().flush();
        }
      });
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("pairs", r.pairs());
      summary.put("train_pairs", r.trainPairs());
      summary.put("test_pairs", r.testPairs());
      if (r.test() != null) {
        summary.put("test", r.test().toMap());
      }
      summary.put("model", r.modelFile().toString());
      summary.put("metrics", r.metricsFile().toString());
      summary.put("manifest", r.manifestFile().toString());
      output.report(summary, e -> e.printf("%d pairs (%d train, %d test) -> %s%n", r.pairs(), r.trainPairs(),
          r.testPairs(), r.modelFile()));
      report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
      return ExitCode.OK;
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }
}
