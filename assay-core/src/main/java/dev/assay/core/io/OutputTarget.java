package dev.assay.core.io;

import java.nio.file.Path;

/**
 * Where a command whose product is one data file writes it: into a run folder ({@code --out DIR}:
 * {@code DIR/<base>.<fmt>} beside {@code DIR/quarantine.jsonl} and {@code DIR/manifest.json}), or
 * to one file ({@code --out-file PATH}: the format its extension names, with {@code
 * <stem>.quarantine.jsonl} and {@code <stem>.manifest.json} beside it).
 *
 * <pre>{@code
 * OutputTarget t = OutputTarget.folder(Path.of("out/tox"), "scored", OutputFormat.PARQUET);
 * t.data();        // out/tox/scored.parquet
 * t.quarantine();  // out/tox/quarantine.jsonl
 * OutputTarget f = OutputTarget.file(Path.of("scored.csv"));   // f.format() == CSV
 * }</pre>
 *
 * @param data the data file
 * @param format its format
 * @param quarantine where records that could not be used go (JSON Lines)
 * @param manifest where the run's manifest goes
 */
public record OutputTarget(Path data, OutputFormat format, Path quarantine, Path manifest) {

  /** {@code dir/base.<fmt>}, {@code dir/quarantine.jsonl}, {@code dir/manifest.json}. */
  public static OutputTarget folder(Path dir, String base, OutputFormat format) {
    return new OutputTarget(
        dir.resolve(format.fileName(base)), format, dir.resolve("quarantine.jsonl"), dir.resolve("manifest.json"));
  }

  /** {@code file} in the format its extension names (an unknown one is an error), siblings beside it. */
  public static OutputTarget file(Path file) {
    OutputFormat f = OutputFormat.ofFile(file);
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.length() - f.extension().length() - 1);
    return new OutputTarget(
        file, f, file.resolveSibling(stem + ".quarantine.jsonl"), file.resolveSibling(stem + ".manifest.json"));
  }

  /** A writer for {@link #data()}. */
  public DatasetWriter writer() {
    return format.writer(data);
  }
}
