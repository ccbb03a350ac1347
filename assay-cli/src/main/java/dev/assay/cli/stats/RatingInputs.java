package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import dev.assay.core.AssayInputException;
import dev.assay.core.format.Fields;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reading helpers shared by the rating and preference commands ({@code bradley-terry}, {@code
 * winrate}, {@code flip-rate}, {@code reward-entropy}): every problem becomes a {@link UsageError}
 * naming {@code file:line}, what was expected and what was found.
 *
 * <pre>{@code
 * long n = RatingInputs.forEachObject(path, "jsonl", r -> use(r.value(), r.location()));
 * }</pre>
 */
final class RatingInputs {
  private RatingInputs() {}

  /**
   * Calls {@code action} for each JSON object of {@code path} (format {@code jsonl} or {@code
   * json}, gzip detected), and returns how many there were.
   *
   * @throws UsageError if the file is missing, a record is malformed or not an object, or there
   *     is no record at all
   */
  static long forEachObject(Path path, String format, Consumer<InputRecord> action) {
    if (!Files.exists(path)) {
      throw new UsageError(path + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new UsageError(path + ": expected a file, found a directory or special file");
    }
    long n = 0;
    try (DatasetReader in = Datasets.open(path, format)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new UsageError(r.error());
        }
        if (!r.value().isObject()) {
          throw new UsageError(
              r.location() + ": expected a JSON object, found " + Fields.describe(r.value()));
        }
        action.accept(r);
        n++;
      }
    } catch (AssayInputException e) {
      throw new UsageError(e.getMessage(), e);
    }
    if (n == 0) {
      throw new UsageError(path + ": expected at least one record, found an empty file");
    }
    return n;
  }

  /** The string field {@code name} of a record, required. */
  static String requireString(InputRecord r, String name) {
    JsonNode v = r.value().get(name);
    if (v == null || v.isNull()) {
      throw new UsageError(r.location() + ": " + name + ": expected a string, found no value");
    }
    if (!v.isString()) {
      throw new UsageError(r.location() + ": " + name + ": expected a string, found " + Fields.describe(v));
    }
    return v.stringValue();
  }

  /** The numeric field {@code name} of a record, required and finite. */
  static double requireNumber(InputRecord r, String name) {
    JsonNode v = r.value().get(name);
    if (v == null || v.isNull()) {
      throw new UsageError(r.location() + ": " + name + ": expected a number, found no value");
    }
    if (!v.isNumber()) {
      throw new UsageError(r.location() + ": " + name + ": expected a number, found " + Fields.describe(v));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw new UsageError(r.location() + ": " + name + ": expected a finite number, found " + v);
    }
    return d;
  }

}
