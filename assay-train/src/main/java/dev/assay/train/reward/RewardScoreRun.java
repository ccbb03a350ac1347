package dev.assay.train.reward;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.Fields;
import dev.assay.core.format.PreferencePairFormat;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.model.PreferencePair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assay reward score}: adds {@code reward_chosen}, {@code reward_rejected} and {@code
 * p_chosen = sigma(reward_chosen - reward_rejected)} to every {@code {"prompt", "chosen",
 * "rejected"}} line, keeping the other fields, and writes {@code <stem>.manifest.json} beside the
 * output. A record that is not a preference pair stops the run with its {@code file:line} (nothing
 * is written then).
 *
 * <pre>{@code
 * long n = RewardScoreRun.run(RewardModel.load("default"), "default", Path.of("pairs.jsonl"),
 *     Path.of("scored.jsonl"), null, List.of("reward", "score")).scored();
 * }</pre>
 */
public final class RewardScoreRun {
  private static final int CHUNK = 2048;
  private static final PreferencePairFormat FORMAT = new PreferencePairFormat();

  /** What a run wrote. */
  public record Result(long scored, Path out, Path manifest) {}

  private RewardScoreRun() {}

  /** Scores {@code input} into {@code out}; {@code cacheFile} (may be null) caches embeddings. */
  public static Result run(RewardModel model, String modelName, Path input, Path out, Path cacheFile, List<String> args) {
    InputFiles.checkReadable(input);
    ManifestBuilder manifest = RunManifest.builder("reward score", args);
    long t0 = System.nanoTime();
    List<ObjectNode> rows = new ArrayList<>();
    List<RewardPair> pairs = new ArrayList<>();
    long records;
    String format;
    try (DatasetReader in = Datasets.open(input)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new AssayInputException(r.location() + ": " + r.error());
        }
        if (!(r.value() instanceof ObjectNode o) || !FORMAT.looksLike(o)) {
          throw new AssayInputException(r.location() + ": expected an object with \"prompt\", \"chosen\" and"
              + " \"rejected\", found " + Fields.describe(r.value()));
        }
        PreferencePair pp = FORMAT.toPair(o, r.location());
        rows.add(o);
        pairs.add(new RewardPair(pp.id(), r.location(), "pairs", null, PairReader.promptText(pp.prompt()),
            pp.chosen(), pp.rejected(), 1.0, 0));
      }
      if (in.summary().truncated()) {
        throw new AssayInputException(input + ": " + in.summary().truncation());
      }
      records = in.summary().records();
      format = in.summary().format();
    }
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(out + ": cannot create its folder: " + e.getMessage(), e);
    }
    try (RewardScorer scorer = RewardScorer.open(model, cacheFile); JsonlWriter w = new JsonlWriter(out)) {
      for (int from = 0; from < pairs.size(); from += CHUNK) {
        int to = Math.min(pairs.size(), from + CHUNK);
        double[][] r = scorer.scorePairs(pairs.subList(from, to));
        for (int i = from; i < to; i++) {
          ObjectNode o = rows.get(i).deepCopy();
          double c = r[0][i - from];
          double x = r[1][i - from];
          o.put("reward_chosen", c);
          o.put("reward_rejected", x);
          o.put("p_chosen", BradleyTerryLoss.sigmoid(c - x));
          w.write(o);
        }
      }
    }
    manifest.input(input, format, records);
    manifest.component("reward_model", modelName, model.features().toMap());
    manifest.output("scored", out, "jsonl", pairs.size());
    manifest.timing("score", (System.nanoTime() - t0) / 1_000_000);
    manifest.count("records_in", records);
    manifest.count("scored", pairs.size());
    String name = out.getFileName().toString();
    String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    Path m = out.resolveSibling(stem + ".manifest.json");
    ManifestWriter.write(manifest.build("ok"), m);
    return new Result(pairs.size(), out, m);
  }
}
