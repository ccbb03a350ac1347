package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.stats.rating.GlmWeights;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the AlpacaEval benchmark from files: reads the annotations (and, optionally, the
 * published leaderboard and GLM weights), computes the leaderboard, and writes {@code
 * leaderboard.json}, {@code leaderboard.csv} and {@code manifest.json} into the output directory.
 *
 * <pre>{@code
 * AlpacaEvalRun.Result r = AlpacaEvalRun.run(
 *     new AlpacaEvalRun.Inputs(List.of(Path.of("annotations/")), leaderboardCsv, weightsCsv, true),
 *     Path.of("out"), List.of("eval", "alpacaeval", "..."));
 * }</pre>
 */
public final class AlpacaEvalRun {
  private AlpacaEvalRun() {}

  /**
   * What to read.
   *
   * @param annotations annotation files or directories
   * @param leaderboard the published leaderboard CSV to compare with, or {@code null}
   * @param weights the published GLM weights CSV, or {@code null}
   * @param fit whether to fit the GLM per model too
   */
  public record Inputs(List<Path> annotations, Path leaderboard, Path weights, boolean fit) {
    /** Validates and copies. */
    public Inputs {
      annotations = List.copyOf(annotations);
      if (annotations.isEmpty()) {
        throw new IllegalArgumentException("annotations: expected at least one file or directory, found none");
      }
    }
  }

  /**
   * What the run produced.
   *
   * @param result the leaderboard
   * @param comparison the comparison with the published leaderboard, or {@code null}
   * @param manifest the manifest written
   */
  public record Result(AlpacaEvalResult result, LeaderboardComparison comparison, RunManifest manifest) {}

  /** Runs and writes the outputs; {@code arguments} go to the manifest as given. */
  public static Result run(Inputs in, Path out, List<String> arguments) {
    Objects.requireNonNull(out, "out");
    long started = System.nanoTime();
    ManifestBuilder m = RunManifest.builder("eval alpacaeval", arguments);
    List<AnnotationSet> sets = AnnotationReader.readAll(in.annotations());
    for (AnnotationSet s : sets) {
      m.input(Path.of(s.source()), "json", s.annotations().size());
    }
    Map<String, GlmWeights> weights = Map.of();
    if (in.weights() != null) {
      weights = PublishedLeaderboard.readWeights(in.weights());
      m.input(in.weights(), "csv", weights.size());
    }
    Map<String, PublishedLeaderboard.Row> board = null;
    if (in.leaderboard() != null) {
      board = PublishedLeaderboard.read(in.leaderboard());
      m.input(in.leaderboard(), "csv", board.size());
    }
    long read = System.nanoTime();
    AlpacaEvalLeaderboard.Options options =
        in.fit() ? AlpacaEvalLeaderboard.Options.defaults() : AlpacaEvalLeaderboard.Options.defaults().withoutFit();
    AlpacaEvalResult result = AlpacaEvalLeaderboard.compute(sets, weights, options);
    LeaderboardComparison comparison = board == null ? null : LeaderboardComparison.of(result, board);
    long computed = System.nanoTime();
    LeaderboardFiles.write(result, comparison, out);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("fit", in.fit());
    config.put("glm_cs", options.glm().cs());
    config.put("glm_folds", options.glm().folds());
    config.put("baseline_regularization", options.glm().baselineRegularization());
    config.put("difficulty_source", result.difficultySource());
    config.put("difficulty_c", Double.isNaN(result.difficultyC()) ? null : result.difficultyC());
    config.put("joint_c", options.jointC());
    m.component("benchmark", "alpaca_eval", config);
    m.output("leaderboard", out.resolve("leaderboard.json"), "json", result.entries().size());
    m.output("leaderboard_csv", out.resolve("leaderboard.csv"), "csv", result.entries().size());
    long annotations = result.entries().stream().mapToLong(LeaderboardEntry::annotations).sum();
    long dropped = result.entries().stream().mapToLong(LeaderboardEntry::dropped).sum();
    m.count("models", result.entries().size());
    m.count("annotations_in", annotations);
    m.count("annotations_counted", annotations - dropped);
    m.count("annotations_dropped", dropped);
    m.count("instructions", result.instructions());
    if (comparison != null) {
      m.count("models_compared", comparison.compared().size());
      m.count("models_unpublished", comparison.unpublished().size());
      comparison.unpublished().forEach(u -> m.warning(u + ": no row in the published leaderboard"));
    }
    if (dropped > 0) {
      m.warning(dropped + " annotations without a valid preference were dropped (AlpacaEval's rule)");
    }
    m.timing("read_ms", (read - started) / 1_000_000);
    m.timing("compute_ms", (computed - read) / 1_000_000);
    RunManifest manifest = m.build(dev.assay.core.run.RunStatus.OK);
    ManifestWriter.write(manifest, out.resolve("manifest.json"));
    return new Result(result, comparison, manifest);
  }
}
