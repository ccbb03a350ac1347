package dev.assay.core.run;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.io.OutputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes one kind of run file as its record type, so no producer or consumer parses run
 * files by string keys. Documents are indented JSON; rows are read from any data format Assay reads
 * (JSON Lines, gzip, Parquet, CSV) and written as JSON Lines. Every error names the file and record
 * and says what was expected, in the field names of the file.
 *
 * <pre>{@code
 * RunContract<LeaderboardFile> c = RunFileKind.LEADERBOARD.contract(LeaderboardFile.class);
 * LeaderboardFile lb = c.read(dir.resolve("leaderboard.json"));
 * c.write(dir.resolve("leaderboard.json"), lb);
 * }</pre>
 *
 * @param kind the file kind
 * @param type its record type
 * @param <T> the record type
 */
public record RunContract<T>(RunFileKind kind, Class<T> type) {

  /** A row with where it came from. */
  public record Located<T>(T value, String location) {}

  /** Reads a document file. */
  public T read(Path file) {
    requireShape(RunFileKind.Shape.DOCUMENT);
    if (!Files.isRegularFile(file)) {
      throw new AssayInputException(file + ": no such file (expected the " + kind.id() + " file of a run folder)");
    }
    try {
      return RunJson.READER.readValue(file.toFile(), type);
    } catch (JacksonException e) {
      throw new AssayInputException(file + ": " + ContractErrors.describe(e, kind), e);
    }
  }

  /** Converts a parsed JSON value (a document or one row) to the record type. */
  public T fromJson(JsonNode node, String location) {
    try {
      return RunJson.READER.treeToValue(node, type);
    } catch (JacksonException e) {
      throw new AssayInputException(location + ": " + ContractErrors.describe(e, kind), e);
    }
  }

  /** The record as a JSON tree, as it is written. */
  public JsonNode toJson(T value) {
    return RunJson.WRITER.valueToTree(value);
  }

  /**
   * A producer's value (a map, a tree or another record) passed through the contract: the record
   * it must equal. A producer whose output drifts from its contract fails here, when it writes,
   * with the field named, instead of leaving a file no consumer can read.
   */
  public T conform(Object value) {
    JsonNode tree = value instanceof JsonNode n ? n : RunJson.WRITER.valueToTree(value);
    T typed;
    try {
      typed = RunJson.READER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw new IllegalStateException("Assay wrote a " + kind.id() + " file that breaks its contract: "
          + ContractErrors.describe(e, kind), e);
    }
    String lost = firstLost(tree, toJson(typed), "");
    if (lost != null) {
      throw new IllegalStateException("Assay wrote a " + kind.id() + " file with a field its contract does not hold: " + lost
          + " (add it to " + type.getSimpleName() + " and bump the version)");
    }
    return typed;
  }

  /** The path of the first non-null value of {@code given} that {@code kept} does not hold, or null. */
  private static String firstLost(JsonNode given, JsonNode kept, String path) {
    if (given == null || given.isNull()) {
      return null;
    }
    if (kept == null || kept.isNull() || kept.isMissingNode()) {
      return path.isEmpty() ? "(the whole value)" : path;
    }
    if (given.isObject()) {
      for (var e : given.properties()) {
        String lost = firstLost(e.getValue(), kept.get(e.getKey()), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
        if (lost != null) {
          return lost;
        }
      }
    } else if (given.isArray()) {
      for (int i = 0; i < given.size(); i++) {
        String lost = firstLost(given.get(i), kept.get(i), path + "[" + i + "]");
        if (lost != null) {
          return lost;
        }
      }
    }
    return null;
  }

  /** {@link #conform} then {@link #write}: a document written only in its contract's shape. */
  public T writeConformed(Path file, Object value) {
    T typed = conform(value);
    write(file, typed);
    return typed;
  }

  /** Writes a document file (indented, UTF-8, replaced atomically where the file system allows). */
  public void write(Path file, T value) {
    requireShape(RunFileKind.Shape.DOCUMENT);
    try (OutputStream out = OutputFiles.create(file)) {
      out.write((RunJson.PRETTY.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Reads every row of a rows file; a row that does not fit the contract is an error naming it. */
  public List<T> readRows(Path file) {
    List<T> out = new ArrayList<>();
    forEachRow(file, r -> out.add(r.value()));
    return out;
  }

  /** Streams the rows of a rows file with their {@code file:line}. */
  public void forEachRow(Path file, Consumer<Located<T>> sink) {
    requireShape(RunFileKind.Shape.ROWS);
    if (!Files.isRegularFile(file)) {
      throw new AssayInputException(file + ": no such file (expected the " + kind.id() + " rows of a run folder)");
    }
    try (DatasetReader in = Datasets.open(file)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new AssayInputException(r.error());
        }
        sink.accept(new Located<>(fromJson(r.value(), r.location()), r.location()));
      }
    }
  }

  /** Writes rows as JSON Lines, one record per line. */
  public void writeRows(Path file, Iterable<T> rows) {
    requireShape(RunFileKind.Shape.ROWS);
    try (JsonlWriter out = new JsonlWriter(file)) {
      for (T r : rows) {
        out.write(toJson(r));
      }
    }
  }

  private void requireShape(RunFileKind.Shape shape) {
    if (kind.shape() != shape) {
      throw new IllegalStateException(kind.id() + " is a " + kind.shape().name().toLowerCase(java.util.Locale.ROOT) + " file");
    }
  }
}
