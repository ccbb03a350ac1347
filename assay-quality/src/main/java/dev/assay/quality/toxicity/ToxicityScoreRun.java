package dev.assay.quality.toxicity;

import dev.assay.core.format.FieldProbe;
import dev.assay.core.io.DatasetWriter;
import dev.assay.core.io.InputSet;
import dev.assay.core.io.InputSetReader;
import dev.assay.core.io.OutputFormat;
import dev.assay.core.io.OutputTarget;

import dev.assay.core.format.FieldPath;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.io.ReadSummary;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.validate.QuarantineEntry;
import dev.assay.models.toxicity.ToxicityScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assay toxicity score}: streams a data set through a {@link ToxicityScorer} in batches and
 * writes every record with an added {@code toxicity} object (label -> score) to an {@link
 * OutputTarget} ({@code DIR/scored.<fmt>} or one file in the format its name says). The input is an
 * {@link InputSet} (files, directories, globs). Records that do not parse, are not objects, or lack
 * the text field go to the target's quarantine file; the manifest says how the scores were made.
 * Counts reconcile: records_in = scored + quarantined.
 *
 * <pre>{@code
 * try (ToxicityScorer s = ToxicityScorers.open("embedded")) {
 *   ToxicityScoreRun.Result r = ToxicityScoreRun.run(
 *       List.of("comments/"), "text", s, OutputTarget.folder(Path.of("out/tox"), "scored", OutputFormat.PARQUET), 64, args);
 * }
 * }</pre>
 */
public final class ToxicityScoreRun {
  private ToxicityScoreRun() {}

  /** Counts of a run and its manifest. */
  public record Result(long recordsIn, long scored, long quarantined, String truncation, RunManifest manifest) {}

  /** Scores one file into {@code out} (format by its extension), siblings beside it. */
  public static Result run(Path input, String field, ToxicityScorer scorer, Path out, int batchSize, List<String> args) {
    return run(List.of(input.toString()), field, scorer, OutputTarget.file(out), batchSize, args);
  }

  /** Scores the data set {@code inputs} names into {@code target}. */
  public static Result run(
      List<String> inputs, String field, ToxicityScorer scorer, OutputTarget target, int batchSize, List<String> args) {
    InputSet input = InputSet.expand(inputs);
    FieldPath path = FieldPath.parse(field);
    FieldProbe.require(input, null, "--field", field);
    Path out = target.data();
    Path quarantinePath = target.quarantine();
    ManifestBuilder manifest = RunManifest.builder("toxicity score", args);
    manifest.component("toxicity_scorer", scorer.name(), Map.copyOf(scorer.info()));
    manifest.component("options", "score", Map.of("field", field, "batch_size", batchSize));
    long t0 = System.nanoTime();
    long[] n = new long[2];
    ReadSummary summary;
    List<ReadSummary> shards;
    try (InputSetReader reader = input.open(null);
        DatasetWriter scored = target.writer();
        DatasetWriter quarantine = new JsonlWriter(quarantinePath)) {
      List<ObjectNode> records = new ArrayList<>(batchSize);
      List<String> texts = new ArrayList<>(batchSize);
      for (InputRecord r; (r = reader.next()) != null; ) {
        String problem = path.textProblem(r);
        if (problem != null) {
          quarantine.write(QuarantineEntry.of(r, List.of(problem)));
          n[1]++;
          continue;
        }
        records.add((ObjectNode) r.value());
        texts.add(path.text(r.value()));
        if (texts.size() >= batchSize) {
          n[0] += flush(scorer, records, texts, scored);
        }
      }
      n[0] += flush(scorer, records, texts, scored);
      summary = reader.summary();
      shards = reader.summaries();
    }
    manifest.timing("score", (System.nanoTime() - t0) / 1_000_000);
    for (int i = 0; i < input.files().size(); i++) {
      Path f = input.files().get(i);
      manifest.input(f, input.formatOf(f, null), i < shards.size() ? shards.get(i).records() : 0);
    }
    manifest.output("scored", out, target.format().formatName(), n[0]);
    manifest.output("quarantine", quarantinePath, "jsonl", n[1]);
    manifest.count("records_in", summary.records());
    manifest.count("scored", n[0]);
    manifest.count("quarantined", n[1]);
    if (summary.truncated()) {
      manifest.warning(summary.truncation());
    }
    RunManifest m = manifest.build(n[1] == 0 && !summary.truncated() ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, target.manifest());
    return new Result(summary.records(), n[0], n[1], summary.truncation(), m);
  }

  private static long flush(ToxicityScorer scorer, List<ObjectNode> records, List<String> texts, DatasetWriter out) {
    if (texts.isEmpty()) {
      return 0;
    }
    List<Map<String, Double>> scores = scorer.score(texts);
    for (int i = 0; i < records.size(); i++) {
      ObjectNode tox = records.get(i).putObject("toxicity");
      scores.get(i).forEach((label, s) -> tox.put(label, s));
      out.write(records.get(i));
    }
    long n = records.size();
    records.clear();
    texts.clear();
    return n;
  }
}
