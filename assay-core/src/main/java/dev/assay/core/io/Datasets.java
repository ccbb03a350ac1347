package dev.assay.core.io;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Opens any supported data set by its file name: JSON Lines, JSON arrays, CSV or TSV with a header,
 * or Parquet; each may be gzipped (detected by content). Records come out numbered ({@link
 * InputRecord#index()}); several files, directories and globs open as one set through {@link
 * #open(java.util.List, String)}. The one entry point the CLI and pipelines
 * use to read data.
 *
 * <pre>{@code
 * try (DatasetReader in = Datasets.open(Path.of("data/train.jsonl.gz"))) { ... }
 * }</pre>
 */
public final class Datasets {
  private Datasets() {}

  /** Opens {@code path}, choosing the format from its extension. */
  public static DatasetReader open(Path path) {
    return open(path, InputFiles.formatOf(path));
  }

  /** Opens {@code path} as the given format ({@code jsonl}, {@code json}, {@code csv}, {@code tsv}, {@code parquet}). */
  public static DatasetReader open(Path path, String format) {
    return open(path, format, new java.util.concurrent.atomic.AtomicLong());
  }

  /**
   * Opens {@code path} as {@code format}, adding the stored bytes read to {@code progress} (for a
   * progress bar; Parquet reports none).
   */
  public static DatasetReader open(
      Path path, String format, java.util.concurrent.atomic.AtomicLong progress) {
    return InputSet.of(path).open(format, progress);
  }

  /**
   * Opens the data sets named by files, directories or globs as one stream of records (see {@link
   * InputSet}); {@code format} may be null to go by each file's name.
   */
  public static InputSetReader open(java.util.List<String> inputs, String format) {
    return InputSet.expand(inputs).open(format);
  }

  /** Opens one file with the reader of its format, records not numbered. */
  static DatasetReader openOne(
      Path path, String format, java.util.concurrent.atomic.AtomicLong progress) {
    String source = path.toString();
    if (format.equals("parquet")) {
      return new ParquetReader(path);
    }
    boolean gz = InputFiles.isGzip(path);
    InputStream in = InputFiles.open(path, progress);
    return switch (format) {
      case "jsonl" -> new JsonlReader(source, in, gz);
      case "json" -> new JsonArrayReader(source, in, gz);
      case "csv" -> new CsvReader(source, in, gz);
      case "tsv" -> new CsvReader(source, in, gz, '\t');
      default -> {
        try {
          in.close();
        } catch (java.io.IOException e) {
          // nothing to add: the format error below is the message
        }
        throw new dev.assay.core.AssayInputException(
            "unknown format '" + format + "': expected jsonl, json, csv, tsv or parquet");
      }
    };
  }

  /** Creates a writer for {@code path}, choosing the format from its extension. */
  public static DatasetWriter create(Path path) {
    return switch (InputFiles.formatOf(path)) {
      case "jsonl" -> new JsonlWriter(path);
      case "json" -> new JsonArrayWriter(path);
      case "csv" -> new CsvWriter(path);
      case "tsv" -> new CsvWriter(path, null, '\t');
      default -> new ParquetWriter(path);
    };
  }
}
