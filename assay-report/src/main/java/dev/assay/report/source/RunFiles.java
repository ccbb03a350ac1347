package dev.assay.report.source;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.core.run.RunFileKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading a run directory's files for a report: JSON documents, JSON Lines streamed record by
 * record, and the small conversions every source needs (numbers that may be null, counts from
 * the manifest). A missing or unreadable file is a {@link ReportInputException} naming it.
 *
 * <pre>{@code
 * JsonNode board = RunFiles.json(dir, "leaderboard.json");
 * RunFiles.eachLine(dir.resolve("judgments.jsonl"), row -> tally.add(row));
 * }</pre>
 */
public final class RunFiles {
  private RunFiles() {}

  /** The JSON document {@code name} in {@code dir}. */
  public static JsonNode json(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new ReportInputException(dir + ": no " + name + " (was this run directory copied completely?)");
    }
    try {
      return Json.MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ReportInputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The contract document of {@code kind} in {@code dir}, read through its {@link RunFileKind}
   * contract, so a report sees exactly the typed record its producer wrote; a file that breaks the
   * contract is a {@link ReportInputException} naming the file and field.
   */
  public static <T> T document(Path dir, RunFileKind kind, Class<T> type) {
    Path file = dir.resolve(kind.fileName());
    if (!Files.isRegularFile(file)) {
      throw new ReportInputException(dir + ": no " + kind.fileName() + " (was this run directory copied completely?)");
    }
    try {
      return kind.contract(type).read(file);
    } catch (AssayInputException e) {
      throw new ReportInputException(e.getMessage(), e);
    }
  }

  /**
   * The contract document of {@code kind} in {@code dir} as its contract writes it (read and
   * checked through the contract, then as a tree), for sources that walk the tree.
   */
  public static JsonNode contractTree(Path dir, RunFileKind kind) {
    return tree(dir, kind, kind.type());
  }

  private static <T> JsonNode tree(Path dir, RunFileKind kind, Class<T> type) {
    return kind.contract(type).toJson(document(dir, kind, type));
  }

  /** The JSON document {@code name} in {@code dir}, or null when the file does not exist. */
  public static JsonNode jsonIfPresent(Path dir, String name) {
    return Files.isRegularFile(dir.resolve(name)) ? json(dir, name) : null;
  }

  /**
   * Calls {@code each} with every JSON line of {@code file} in order; blank lines and lines that are
   * not JSON objects are skipped (the command already quarantined or reported them). Returns the
   * number of lines skipped that way. A missing file is read as empty.
   */
  public static long eachLine(Path file, Consumer<JsonNode> each) {
    return eachLine(file, (line, node) -> each.accept(node));
  }

  /** As {@link #eachLine(Path, Consumer)}, with each record's line number (1-based) in the file. */
  public static long eachLine(Path file, BiConsumer<Long, JsonNode> each) {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    long skipped = 0;
    long number = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
          skipped++;
          continue;
        }
        if (node.isObject()) {
          each.accept(number, node);
        } else {
          skipped++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return skipped;
  }

  /** A number field, NaN when missing, null or not a number. */
  public static double num(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  /** A whole-number field, {@code otherwise} when missing or not a number. */
  public static long count(JsonNode node, String field, long otherwise) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isNumber() ? v.asLong() : otherwise;
  }

  /** A text field, {@code otherwise} when missing or null. */
  public static String text(JsonNode node, String field, String otherwise) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? otherwise : v.asString();
  }

  /** The manifest's {@code counts} as an ordered map. */
  public static Map<String, Long> counts(JsonNode manifest) {
    Map<String, Long> out = new LinkedHashMap<>();
    manifest.path("counts").properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  /** The manifest's components of {@code type}, in order. */
  public static List<JsonNode> components(JsonNode manifest, String type) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : manifest.path("components")) {
      if (type.equals(c.path("type").asString())) {
        out.add(c);
      }
    }
    return out;
  }
}
