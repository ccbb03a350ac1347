package dev.assay.cli;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.OutputFormat;
import picocli.CommandLine.Option;

/**
 * {@code --output-format jsonl|jsonl.gz|parquet|csv}, as a picocli mixin for every command that
 * writes data rows into a run folder; the files are named by it ({@code kept.parquet}). JSON Lines
 * is the default.
 *
 * <pre>{@code
 * @Mixin OutputFormatOption outputFormat;
 * ...
 * new QaPipeline(cfg, inputs, outputFormat.format());
 * }</pre>
 */
public final class OutputFormatOption {
  @Option(
      names = "--output-format",
      paramLabel = "FMT",
      description = "Format of the data rows written: jsonl (default), jsonl.gz, parquet or csv;"
          + " the files are named by it (kept.parquet).")
  String value;

  /** The format asked for; an unknown value is a usage error listing the allowed ones. */
  public OutputFormat format() {
    if (value == null) {
      return OutputFormat.JSONL;
    }
    try {
      return OutputFormat.parse(value);
    } catch (AssayInputException e) {
      throw new UsageError("--output-format: " + e.getMessage());
    }
  }

  /** True when the option was given. */
  public boolean given() {
    return value != null;
  }
}
