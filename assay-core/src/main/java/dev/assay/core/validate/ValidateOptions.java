package dev.assay.core.validate;

import dev.assay.core.io.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code assay validate} is asked to do.
 *
 * <pre>{@code
 * ValidateOptions o = new ValidateOptions(Path.of("train.jsonl"), null, "alpaca", Path.of("out"), 2);
 * ValidateOptions shards =
 *     new ValidateOptions(Path.of("shards"), null, "alpaca", Path.of("out"), 2, List.of("shards/"), OutputFormat.PARQUET);
 * }</pre>
 *
 * @param input the data set to validate (the first of {@code inputs} when several are given)
 * @param format jsonl, json, csv, tsv or parquet; {@code null} to take it from each file name
 * @param schema a built-in schema name or a schema file path
 * @param outDir where valid.&lt;fmt&gt;, quarantine.jsonl and manifest.json go
 * @param threads worker threads for parsing and validation (at least 1)
 * @param inputs files, directories and globs read as one data set ({@code [input]} when null)
 * @param outputFormat the format of {@code valid.<fmt>} (JSON Lines when null)
 */
public record ValidateOptions(
    Path input, String format, String schema, Path outDir, int threads, List<String> inputs, OutputFormat outputFormat) {
  public ValidateOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(outDir, "outDir");
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, found " + threads);
    }
    inputs = inputs == null || inputs.isEmpty() ? List.of(input.toString()) : List.copyOf(inputs);
    outputFormat = outputFormat == null ? OutputFormat.JSONL : outputFormat;
  }

  /** One input, JSON Lines output. */
  public ValidateOptions(Path input, String format, String schema, Path outDir, int threads) {
    this(input, format, schema, outDir, threads, null, null);
  }
}
