package dev.assay.core.validate;

import dev.assay.core.io.DatasetWriter;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.InputSet;
import dev.assay.core.io.InputSetReader;
import dev.assay.core.io.OutputFormat;
import dev.assay.core.io.OrderedParallel;
import dev.assay.core.io.ReadSummary;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.manifest.Sha256;
import dev.assay.core.schema.RecordSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Validates a data set (one file, or the shards an {@link InputSet} names) against a JSON Schema,
 * streaming: every record ends in exactly one of {@code valid.<fmt>} (its bytes unchanged for JSON
 * Lines input and output) or {@code quarantine.jsonl} (with its file, line, record index, the
 * reason and the original bytes), and {@code manifest.json} records how. One thread
 * reads; {@code threads} workers parse and validate batches; the results are written in input
 * order, with at most a few batches in memory.
 *
 * <pre>{@code
 * ValidateResult r = new Validation(new ValidateOptions(in, null, "alpaca", out, 2)).run(args, null);
 * }</pre>
 */
public final class Validation {
  private static final int BATCH = 2048;

  private final ValidateOptions options;

  public Validation(ValidateOptions options) {
    this.options = options;
  }

  /** Receives progress: stored bytes read so far, the file's size, and records seen. */
  @FunctionalInterface
  public interface Progress {
    void update(long bytesDone, long bytesTotal, long records);
  }

  private record Outcome(InputRecord record, List<String> errors) {}

  /** Runs the validation; {@code arguments} go to the manifest as given. */
  public ValidateResult run(List<String> arguments, Progress progress) {
    InputSet input = InputSet.expand(options.inputs());
    String format = input.format(options.format());
    ManifestBuilder manifest = RunManifest.builder("validate", arguments);
    long t0 = System.nanoTime();
    RecordSchema schema = RecordSchema.load(options.schema());
    manifest.component("schema", schema.name(), Map.of("sha256", schema.sha256(), "dialect_default", "2020-12"));
    manifest.component("reader", format, Map.of("threads", options.threads(), "batch", BATCH));
    CompletableFuture<List<String>> inputHash =
        CompletableFuture.supplyAsync(() -> input.files().stream().map(Sha256::of).toList());

    OutputFormat outFormat = options.outputFormat();
    Path validPath = options.outDir().resolve(outFormat.fileName("valid"));
    Path quarantinePath = options.outDir().resolve("quarantine.jsonl");
    long fileSize = input.size();
    AtomicLong bytesDone = new AtomicLong();
    long valid = 0;
    long quarantined = 0;
    ReadSummary summary;
    List<ReadSummary> shards;
    try (InputSetReader reader = input.open(options.format(), bytesDone);
        DatasetWriter validOut = outFormat.writer(validPath);
        DatasetWriter quarantineOut = OutputFormat.JSONL.writer(quarantinePath)) {
      long[] tally = new long[2];
      OrderedParallel.run(
          reader,
          options.threads(),
          BATCH,
          r -> check(r, schema),
          o -> {
            if (o.errors().isEmpty()) {
              validOut.writeRaw(o.record().raw());
              tally[0]++;
            } else {
              quarantineOut.write(QuarantineEntry.of(o.record(), o.errors()));
              tally[1]++;
            }
          },
          seen -> {
            if (progress != null) {
              progress.update(bytesDone.get(), fileSize, seen);
            }
          });
      valid = tally[0];
      quarantined = tally[1];
      summary = reader.summary();
      shards = reader.summaries();
    }
    if (progress != null) {
      progress.update(fileSize, fileSize, summary.records());
    }
    long elapsed = (System.nanoTime() - t0) / 1_000_000;
    List<String> hashes = inputHash.join();
    for (int i = 0; i < input.files().size(); i++) {
      Path f = input.files().get(i);
      manifest.input(f, input.formatOf(f, options.format()), i < shards.size() ? shards.get(i).records() : 0, hashes.get(i));
    }
    manifest.output("valid", validPath, outFormat.formatName(), valid);
    manifest.output("quarantine", quarantinePath, "jsonl", quarantined);
    manifest.count("records_in", summary.records());
    manifest.count("valid", valid);
    manifest.count("quarantined", quarantined);
    manifest.count("blank_lines", summary.blankLines());
    manifest.count("bytes_in", fileSize);
    manifest.timing("validate", elapsed);
    if (summary.truncated()) {
      manifest.warning(summary.truncation());
    }
    if (summary.records() == 0) {
      manifest.warning(input.describe() + ": the input holds no records");
    }
    boolean ok = quarantined == 0 && !summary.truncated();
    RunManifest m = manifest.build(ok ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, options.outDir().resolve("manifest.json"));
    return new ValidateResult(summary.records(), valid, quarantined, summary.blankLines(), summary.truncation(), m);
  }

  private static Outcome check(InputRecord r, RecordSchema schema) {
    if (!r.parsed()) {
      return new Outcome(r, List.of(r.error()));
    }
    List<String> errors = schema.validate(r.value());
    if (errors.isEmpty()) {
      return new Outcome(r, List.of());
    }
    List<String> located = new ArrayList<>(errors.size());
    for (String e : errors) {
      located.add(r.location() + ": " + e);
    }
    return new Outcome(r, located);
  }


}
