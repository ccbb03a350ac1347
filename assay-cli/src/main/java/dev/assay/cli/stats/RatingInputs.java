package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    if (format.equals("json")) {
      return forEachArrayElement(path, action);
    }
    long n = 0;
    try (DatasetReader in = Datasets.open(path, format)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new UsageError(r.error());
        }
        if (!r.value().isObject()) {
          throw new UsageError(
              r.location() + ": expected a JSON object, found " + describe(r.value()));
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

  // Element-wise reading of a JSON array. (assay-core's JsonArrayReader reads elements with the
  // strict mapper, whose FAIL_ON_TRAILING_TOKENS rejects every element that has a successor.)
  private static final tools.jackson.databind.json.JsonMapper ELEMENT_MAPPER =
      dev.assay.core.io.Json.MAPPER
          .rebuild()
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static long forEachArrayElement(Path path, Consumer<InputRecord> action) {
    String source = path.toString();
    long n = 0;
    long line = 1;
    try (java.io.InputStream in = dev.assay.core.io.InputFiles.open(path);
        tools.jackson.core.JsonParser p = ELEMENT_MAPPER.createParser(in)) {
      tools.jackson.core.JsonToken t = p.nextToken();
      if (t == null) {
        throw new UsageError(path + ": expected at least one record, found an empty file");
      }
      if (t != tools.jackson.core.JsonToken.START_ARRAY) {
        throw new UsageError(
            source + ":" + p.currentTokenLocation().getLineNr()
                + ": expected a JSON array of objects, found " + t.asString());
      }
      while ((t = p.nextToken()) != tools.jackson.core.JsonToken.END_ARRAY) {
        if (t == null) {
          throw new UsageError(source + ":" + line + ": expected ']' closing the array, found the end of the file");
        }
        line = p.currentTokenLocation().getLineNr();
        JsonNode node = ELEMENT_MAPPER.readTree(p);
        InputRecord r = InputRecord.ok(source, line, new byte[0], node);
        if (!node.isObject()) {
          throw new UsageError(r.location() + ": expected a JSON object, found " + describe(node));
        }
        action.accept(r);
        n++;
      }
      if (p.nextToken() != null) {
        throw new UsageError(
            source + ":" + p.currentTokenLocation().getLineNr() + ": expected the end of the file after the array, found more");
      }
    } catch (tools.jackson.core.JacksonException e) {
      long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
      throw new UsageError(dev.assay.core.io.Json.describe(source, at, e), e);
    } catch (AssayInputException e) {
      throw new UsageError(e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new UsageError(path + ": cannot read: " + e.getMessage(), e);
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
      throw new UsageError(r.location() + ": " + name + ": expected a string, found " + describe(v));
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
      throw new UsageError(r.location() + ": " + name + ": expected a number, found " + describe(v));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw new UsageError(r.location() + ": " + name + ": expected a finite number, found " + v);
    }
    return d;
  }

  /** A short description of a JSON value for error messages. */
  static String describe(JsonNode v) {
    String kind = v.getNodeType().toString().toLowerCase(Locale.ROOT);
    String text = v.toString();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return kind + " " + text;
  }
}
