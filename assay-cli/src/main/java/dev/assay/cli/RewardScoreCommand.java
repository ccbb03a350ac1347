package dev.assay.cli;

import dev.assay.models.reward.RewardModel;
import dev.assay.train.reward.RewardScoreRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * {@code assay reward score}: adds {@code reward_chosen}, {@code reward_rejected} and {@code p_chosen}
 * to every pair ({@link RewardScoreRun} does the work).
 *
 * <pre>{@code
 * ./assay reward score --model default --out out/scored --output-format parquet pairs.jsonl
 * ./assay reward score --model default --out-file scored.csv pairs/
 * }</pre>
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Score pairs in any pair format judge reads: prompt/chosen/rejected and hh-rlhf transcripts get"
          + " reward_chosen, reward_rejected and p_chosen = sigmoid(reward_chosen - reward_rejected); unlabelled pairs"
          + " ('assay pair' rows, AlpacaEval annotations) get reward_a, reward_b and p_a. Other fields are kept.",
      "With --out DIR: DIR/scored.<fmt> (--output-format) and DIR/manifest.json; with --out-file PATH: PATH in the"
          + " format its extension names and <stem>.manifest.json beside it. A record that is not a pair stops the run"
          + " with its file:line."
    },
    footerHeading = "%nExample:%n",
    footer = {"  assay reward score --model default --out out/scored pairs.jsonl"})
public final class RewardScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder (from 'reward train') or 'default'.")
  String model;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (scored.<fmt>, manifest.json).")
  Path out;

  @Option(names = "--out-file", paramLabel = "PATH",
      description = "Write the scored pairs to this one file instead, in the format its extension names.")
  Path outFile;

  @Mixin OutputFormatOption outputFormat;

  @Option(names = "--cache", paramLabel = "FILE", description = "Embedding cache prefix (default: none).")
  Path cache;

  @Parameters(arity = "1..*", paramLabel = "PAIRS",
      description = "Pairs: files, directories or globs (JSONL, JSON, CSV, TSV, Parquet; may be gzipped).")
  List<String> inputs;

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    dev.assay.core.io.OutputTarget target = OutputTargets.of(out, outFile, "scored", outputFormat);
    RewardModel m = RewardModel.load(model);
    RewardScoreRun.Result r = RewardScoreRun.run(m, model, inputs, target, cache,
        List.copyOf(spec.commandLine().getParseResult().originalArgs()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("scored", r.scored());
    summary.put("out", r.out().toString());
    summary.put("manifest", r.manifest().toString());
    output.report(summary, e -> e.printf("%d pairs scored -> %s%n", r.scored(), r.out()));
    return ExitCode.OK;
  }
}
