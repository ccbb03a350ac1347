package dev.assay.quality.contamination;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark file to check training data against, and which field holds its item text. The
 * file may be any format {@link dev.assay.core.io.Datasets} reads (JSONL, JSON array, CSV,
 * Parquet; gzipped or not). A field holding an array of strings (MT-Bench's {@code turns}) makes
 * one item per element; the item's id comes from {@code idField} ({@code question_id} or {@code
 * id} when not given) or, without one, from its line.
 *
 * <pre>{@code
 * BenchmarkSource mt = BenchmarkSource.parse("../shared/data/mt_bench/question.jsonl:turns");
 * BenchmarkSource ae = BenchmarkSource.parse("annotations/gpt4.json.gz");   // field detected: instruction
 * }</pre>
 *
 * @param path the benchmark file
 * @param field the text field, or {@code null} to detect one of {@link #DETECTED_FIELDS}
 * @param idField the id field, or {@code null} to use {@code question_id} or {@code id} if present
 */
public record BenchmarkSource(Path path, String field, String idField) {
  /** Fields tried, in order, when none is given. */
  public static final List<String> DETECTED_FIELDS =
      List.of("turns", "instruction", "prompt", "question", "input", "text", "problem");

  /** Fields tried, in order, for the item id when none is given. */
  public static final List<String> DETECTED_ID_FIELDS = List.of("question_id", "id", "task_id", "uid");

  public BenchmarkSource {
    if (path == null) {
      throw new IllegalArgumentException("benchmark path is required");
    }
    if (field != null && field.isBlank()) {
      field = null;
    }
  }

  /**
   * Parses {@code file[:field]}. When the whole spec names an existing file it is taken as a path
   * (so paths containing ':' still work); otherwise the part after the last ':' is the field.
   */
  public static BenchmarkSource parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new AssayInputException("benchmark: expected FILE or FILE:FIELD, found an empty value");
    }
    Path whole = Path.of(spec);
    int colon = spec.lastIndexOf(':');
    if (Files.exists(whole) || colon <= 0 || spec.substring(colon + 1).contains("/")) {
      return new BenchmarkSource(whole, null, null);
    }
    return new BenchmarkSource(Path.of(spec.substring(0, colon)), spec.substring(colon + 1), null);
  }

  /** The spec form, {@code file[:field]}. */
  public String spec() {
    return field == null ? path.toString() : path + ":" + field;
  }
}
