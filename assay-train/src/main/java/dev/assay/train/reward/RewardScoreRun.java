package dev.assay.train.reward;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.AnswerPair;
import dev.assay.core.format.PairFormats;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardPair;
import dev.assay.models.reward.RewardScorer;
import dev.assay.stats.math.Logistic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assay reward score}: adds {@code reward_chosen}, {@code reward_rejected} and {@code
 * p_chosen = sigma(reward_chosen - reward_rejected)} to every preference pair ({@code {"prompt",
 * "chosen", "rejected"}} or hh-rlhf transcripts), and {@code reward_a}, {@code reward_b}, {@code
 * p_a} to every unlabelled pair ({@code assay pair} rows, AlpacaEval annotations: {@code a} is
 * {@code output_a} / {@code output_1}), keeping the other fields; the formats are recognised by
 * {@link PairFormats}, as {@code judge} recognises them. Writes {@code <stem>.manifest.json} beside
 * the output. Streams in chunks of {@value #CHUNK} pairs into {@code .partial-<out>}, renamed to {@code
 * <out>} at the end: a record that is not a preference pair stops the run with its {@code
 * file:line} and leaves no output.
 *
 * <pre>{@code
 * long n = RewardScoreRun.run(RewardModel.load("default"), "default", Path.of("pairs.jsonl"),
 *     Path.of("scored.jsonl"), null, List.of("reward", "score")).scored();
 * }</pre>
 */
public final class RewardScoreRun {
  private static final int CHUNK = 2048;

  /** What a run wrote. */
  public record Result(long scored, Path out, Path manifest) {}

  private RewardScoreRun() {}

  private static long flush(RewardScorer scorer, List<ObjectNode> rows, List<RewardPair> pairs, dev.assay.core.io.DatasetWriter w) {
    if (rows.isEmpty()) {
      return 0;
    }
    double[][] r = scorer.scorePairs(pairs);
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode o = rows.get(i);
      boolean labelled = pairs.get(i).source().equals("pairs");
      o.put(labelled ? "reward_chosen" : "reward_a", r[0][i]);
      o.put(labelled ? "reward_rejected" : "reward_b", r[1][i]);
      o.put(labelled ? "p_chosen" : "p_a", Logistic.sigmoid(r[0][i] - r[1][i]));
      w.write(o);
    }
    long n = rows.size();
    rows.clear();
    pairs.clear();
    return n;
  }

  /** Scores {@code input} into {@code out}; {@code cacheFile} (may be null) caches embeddings. */
  public static Result run(RewardModel model, String modelName, Path input, Path out, Path cacheFile, List<String> args) {
    return run(model, modelName, List.of(input.toString()), dev.assay.core.io.OutputTarget.file(out), cacheFile, args);
  }

  /**
   * Scores the data set {@code inputs} names (files, directories, globs) into {@code target}
   * ({@code DIR/scored.<fmt>} or one file by its extension).
   */
  public static Result run(
      RewardModel model, String modelName, List<String> inputs, dev.assay.core.io.OutputTarget target,
      Path cacheFile, List<String> args) {
    dev.assay.core.io.InputSet input = dev.assay.core.io.InputSet.expand(inputs);
    Path out = target.data();
    ManifestBuilder manifest = RunManifest.builder("reward score", args);
    long t0 = System.nanoTime();
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot create its folder: " + e.getMessage(), e);
    }
    Path partial = out.resolveSibling(".partial-" + out.getFileName()); // keeps a .gz ending
    long records;
    long scored = 0;
    String format;
    boolean done = false;
    try (RewardScorer scorer = RewardScorer.open(model, cacheFile);
        dev.assay.core.io.InputSetReader in = input.open(null);
        dev.assay.core.io.DatasetWriter w = target.format().writer(partial)) {
      List<ObjectNode> rows = new ArrayList<>();
      List<RewardPair> pairs = new ArrayList<>();
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new AssayInputException(r.location() + ": " + r.error());
        }
        AnswerPair pp = PairFormats.read(r.value(), r.location());
        boolean labelled = pp.format().equals("preference-pair") || pp.format().equals("hh-rlhf");
        rows.add((ObjectNode) r.value());
        pairs.add(new RewardPair(pp.idOrDerived(), r.location(), labelled ? "pairs" : "unlabelled", null,
            PairReader.promptText(pp.prompt()), pp.a(), pp.b(), 1.0, 0));
        if (rows.size() == CHUNK) {
          scored += flush(scorer, rows, pairs, w);
        }
      }
      if (in.summary().truncated()) {
        throw new AssayInputException(input.describe() + ": " + in.summary().truncation());
      }
      scored += flush(scorer, rows, pairs, w);
      records = in.summary().records();
      format = in.summary().format();
      done = true;
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the error that got us here matters more
        }
      }
    }
    try {
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
    }
    for (Path f : input.files()) {
      manifest.input(f, input.formatOf(f, null), input.files().size() == 1 ? records : -1);
    }
    manifest.component("reward_model", modelName, model.features().toMap());
    manifest.output("scored", out, target.format().formatName(), scored);
    manifest.timing("score", (System.nanoTime() - t0) / 1_000_000);
    manifest.count("records_in", records);
    manifest.count("scored", scored);
    Path m = target.manifest();
    ManifestWriter.write(manifest.build(dev.assay.core.run.RunStatus.OK), m);
    return new Result(scored, out, m);
  }
}
