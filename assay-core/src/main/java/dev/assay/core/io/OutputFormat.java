package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats Assay writes data rows in, and the one factory for their writers. A run folder names
 * its data files by the format ({@code kept.jsonl}, {@code kept.jsonl.gz}, {@code kept.parquet},
 * {@code kept.csv}); a single-file product ({@code --out-file}) takes the format its extension
 * names. JSON Lines keeps each record's original bytes; Parquet and CSV re-encode, and CSV writes
 * the union of every record's top-level fields as columns (nested values as JSON text, nulls and
 * absent fields as empty cells).
 *
 * <pre>{@code
 * OutputFormat f = OutputFormat.parse("parquet");
 * try (DatasetWriter w = f.create(runDir, "kept")) { w.write(node); }      // runDir/kept.parquet
 * try (DatasetWriter w = OutputFormat.create(Path.of("scored.csv"))) { ... } // by extension
 * }</pre>
 */
public enum OutputFormat {
  JSONL("jsonl"),
  JSONL_GZ("jsonl.gz"),
  PARQUET("parquet"),
  CSV("csv");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension without its dot, which is also the option value ({@code jsonl.gz}). */
  public String extension() {
    return extension;
  }

  /** The format name a manifest records: {@code jsonl} for both JSON Lines forms. */
  public String formatName() {
    return this == JSONL_GZ ? "jsonl" : extension;
  }

  /** {@code base.<extension>}, e.g. {@code kept.parquet}. */
  public String fileName(String base) {
    return base + "." + extension;
  }

  /** Creates {@code dir/base.<extension>}. */
  public DatasetWriter create(Path dir, String base) {
    return writer(dir.resolve(fileName(base)));
  }

  /** Creates a writer of this format at {@code file}, whatever its name. */
  public DatasetWriter writer(Path file) {
    return switch (this) {
      case JSONL, JSONL_GZ -> new JsonlWriter(file);
      case PARQUET -> new ParquetWriter(file);
      case CSV -> new UnionCsvWriter(file);
    };
  }

  /** The format an option value names ({@code jsonl}, {@code jsonl.gz}, {@code parquet}, {@code csv}). */
  public static OutputFormat parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.extension.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
        return f;
      }
    }
    throw new AssayInputException("unknown output format '" + value + "': expected " + names());
  }

  /** The format a file's extension names; any other extension is an error listing the allowed ones. */
  public static OutputFormat ofFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (OutputFormat f : new OutputFormat[] {JSONL_GZ, JSONL, PARQUET, CSV}) {
      if (name.endsWith("." + f.extension)) {
        return f;
      }
    }
    throw new AssayInputException(
        file + ": cannot tell the output format from the file name; expected an extension of "
            + Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", ")));
  }

  /** Creates a writer for {@code file} in the format its extension names. */
  public static DatasetWriter create(Path file) {
    return ofFile(file).writer(file);
  }

  /** The option values, comma-separated ({@code jsonl, jsonl.gz, parquet, csv}). */
  public static String names() {
    return Arrays.stream(values()).map(OutputFormat::extension).collect(Collectors.joining(", "));
  }

  /**
   * The data file {@code base.<ext>} in {@code dir} in whichever format it was written, preferring
   * JSON Lines; {@code dir/base.jsonl} when there is none (so messages name the usual file).
   */
  public static Path find(Path dir, String base) {
    for (OutputFormat f : values()) {
      Path p = dir.resolve(f.fileName(base));
      if (java.nio.file.Files.isRegularFile(p)) {
        return p;
      }
    }
    return dir.resolve(JSONL.fileName(base));
  }
}
