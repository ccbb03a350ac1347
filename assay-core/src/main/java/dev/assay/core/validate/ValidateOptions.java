package dev.assay.core.validate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code assay validate} is asked to do.
 *
 * <pre>{@code
 * ValidateOptions o = new ValidateOptions(Path.of("train.jsonl"), null, "alpaca", Path.of("out"), 2);
 * }</pre>
 *
 * @param input the data set to validate
 * @param format jsonl, json, csv or parquet; {@code null} to take it from the file name
 * @param schema a built-in schema name or a schema file path
 * @param outDir where valid.jsonl, quarantine.jsonl and manifest.json go
 * @param threads worker threads for parsing and validation (at least 1)
 */
public record ValidateOptions(Path input, String format, String schema, Path outDir, int threads) {
  public ValidateOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(outDir, "outDir");
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, found " + threads);
    }
  }
}
