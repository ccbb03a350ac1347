package dev.assay.quality.contamination;

import java.nio.file.Path;

/**
 * What {@link ContaminationScan} reads and writes.
 *
 * <pre>{@code
 * new ContaminationScanOptions(Path.of("train.jsonl"), null, "instruction", Path.of("out"), check);
 * }</pre>
 *
 * @param input the training data set (any format {@code Datasets} reads)
 * @param format its format, or {@code null} to tell from the file name
 * @param field the training text field (a {@code FieldPath}: {@code text}, {@code messages[0].content})
 * @param outDir where {@code flagged.jsonl}, {@code clean.jsonl}, {@code quarantine.jsonl},
 *     {@code report.json} and {@code manifest.json} go
 * @param check the contamination configuration (benchmarks, n, thresholds, embedder)
 * @param inputs files, directories and globs read as one data set ({@code [input]} when null)
 */
public record ContaminationScanOptions(
    Path input, String format, String field, Path outDir, ContaminationCheck check, java.util.List<String> inputs) {
  public ContaminationScanOptions {
    if (input == null || field == null || outDir == null || check == null) {
      throw new IllegalArgumentException("input, field, outDir and check are required");
    }
    inputs = inputs == null || inputs.isEmpty() ? java.util.List.of(input.toString()) : java.util.List.copyOf(inputs);
  }

  /** One input file. */
  public ContaminationScanOptions(Path input, String format, String field, Path outDir, ContaminationCheck check) {
    this(input, format, field, outDir, check, null);
  }
}
