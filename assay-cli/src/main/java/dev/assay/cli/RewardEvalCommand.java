package dev.assay.cli;

import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.report.Reports;
import dev.assay.report.source.RewardEvalSource;
import dev.assay.train.reward.PairReader;
import dev.assay.train.reward.RewardEvaluator;
import dev.assay.train.reward.RewardMetrics;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay reward eval}: prints (as JSON with {@code --json}) {@code accuracy}, {@code accuracy_length_matched},
 * {@code ece}, {@code reward_entropy}, {@code n}, the Wilson interval, the "longer wins" and
 * "random" baselines and a per-source breakdown.
 *
 * <pre>{@code
 * ./assay reward eval --model default ../shared/data/hh_rlhf/harmless-base-test.jsonl.gz
 * }</pre>
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluate a reward model on preference pairs (any format 'reward train' reads): prints accuracy"
          + " (+ 95%% Wilson interval), accuracy_length_matched (responses within 10%% in length), ece, reward_entropy,"
          + " n, the baselines 'longer wins' and 'random', and a per-source breakdown (one JSON object with --json). Ties are not counted.",
      "With --against, also the flip rate: the share of pairs the two reward models order differently."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay reward eval --model default pairs.jsonl"})
public final class RewardEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Mixin OutputMode output;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder (from 'reward train') or 'default'.")
  String model;

  @Option(names = "--cache", paramLabel = "FILE", description = "Embedding cache prefix (default: none).")
  Path cache;

  @Option(names = "--against", paramLabel = "DIR", description = "Another reward model (folder or 'default'): adds the flip rate between the two.")
  String against;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write a report people read to FILE (HTML; .md and .json beside it) and, in its directory, reward-eval.json"
          + " and manifest.json (so 'assay report DIR' can include it). Off by default; stdout is unchanged.")
  Path report;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Also write the run folder DIR: reward-eval.json, manifest.json and assay-report.html (as --report"
          + " DIR/assay-report.html). Off by default; stdout is unchanged.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "PAIRS", description = "Preference files.")
  List<Path> inputs;

  @Override
  public Integer call() {
    if (out != null && report != null) {
      throw new UsageError("--out DIR and --report FILE both name where the run goes: give one of them");
    }
    if (out != null) {
      report = out.resolve(AutoReport.FILE);
    }
    RewardModel m = RewardModel.load(model);
    PairReader.Loaded loaded = PairReader.read(inputs);
    if (loaded.pairs().stream().noneMatch(p -> p.decided())) {
      throw new UsageError(inputs + ": no decided preference pairs to evaluate");
    }
    double[][] r;
    try (RewardScorer s = RewardScorer.open(m, cache)) {
      r = s.scorePairs(loaded.pairs());
    }
    RewardMetrics metrics = RewardEvaluator.evaluate(loaded.pairs(), r[0], r[1]);
    Map<String, Object> result = new java.util.LinkedHashMap<>(metrics.toMap());
    result.put("model", model);
    if (against != null) {
      double[][] o;
      try (RewardScorer s = RewardScorer.open(RewardModel.load(against), cache)) {
        o = s.scorePairs(loaded.pairs());
      }
      Map<String, Object> flip = new java.util.LinkedHashMap<>(RewardEvaluator.flipRate(r[0], r[1], o[0], o[1]));
      flip.put("against", against);
      flip.put("accuracy_against", RewardEvaluator.evaluate(loaded.pairs(), o[0], o[1]).toMap().get("accuracy"));
      result.put("flip_rate", flip);
    }
    output.result(result);
    if (report != null) {
      writeReport(result, loaded);
    }
    return ExitCode.OK;
  }

  /** The --report files; any failure is a warning on stderr, never a failed evaluation. */
  private void writeReport(Map<String, Object> result, PairReader.Loaded loaded) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path dir = report.toAbsolutePath().normalize().getParent();
      Path manifest = dir.resolve(Reports.MANIFEST);
      if (Files.exists(manifest) && !"reward eval".equals(Json.MAPPER.readTree(manifest.toFile()).path("command").asString(""))) {
        err.println("assay: warning: the report was not written: " + manifest + " belongs to another run; choose another directory for --report");
        err.flush();
        return;
      }
      ManifestBuilder m = RunManifest.builder("reward eval", List.copyOf(spec.commandLine().getParseResult().originalArgs()))
          .component("reward_model", model, against == null ? Map.of("model", model) : Map.of("model", model, "against", against));
      for (PairReader.FileStats f : loaded.files()) {
        m.input(f.path(), f.format(), f.records());
      }
      Path json = dir.resolve(RewardEvalSource.FILE);
      Files.createDirectories(dir);
      dev.assay.core.run.RunFileKind.REWARD_METRICS.contract(dev.assay.core.run.RewardMetricsFile.class)
          .writeConformed(json, Json.MAPPER.valueToTree(result));
      m.output("reward_eval", json, "json", 1).count("pairs", loaded.pairs().size());
      ManifestWriter.write(m.build(dev.assay.core.run.RunStatus.OK), manifest);
      AutoReport.writeReport(err, List.of(dir), report, !output.chatty());
    } catch (IOException | RuntimeException e) {
      err.println("assay: warning: the report " + report + " was not written (the evaluation is unaffected): " + e.getMessage());
      err.flush();
    }
  }
}
