package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Writes records as CSV whose columns are the union of every record's top-level fields, in the
 * order they first appear: records stream to a temporary JSON Lines file next to the target and
 * {@link #close()} writes the CSV through {@link CsvWriter}. Use it when records differ in their
 * fields (QA outputs, tagged records); {@link CsvWriter} when the columns are known.
 *
 * <pre>{@code
 * try (DatasetWriter out = new UnionCsvWriter(Path.of("kept.csv"))) { out.write(node); }
 * }</pre>
 */
public final class UnionCsvWriter implements DatasetWriter {
  private final Path path;
  private final Path staging;
  private final JsonlWriter lines;
  private final Set<String> columns = new LinkedHashSet<>();

  public UnionCsvWriter(Path path) {
    this.path = path;
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      this.staging = Files.createTempFile(dir, ".assay-", ".jsonl");
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot write: " + e.getMessage(), e);
    }
    this.lines = new JsonlWriter(staging);
  }

  @Override
  public void write(JsonNode record) {
    if (!record.isObject()) {
      throw new IllegalArgumentException(
          path + ": record " + (count() + 1) + ": CSV rows must be JSON objects, found " + record.getNodeType());
    }
    columns.addAll(record.propertyNames());
    lines.write(record);
  }

  @Override
  public long count() {
    return lines.count();
  }

  @Override
  public void close() {
    lines.close();
    try {
      List<String> cols = new ArrayList<>(columns);
      try (CsvWriter out = new CsvWriter(path, cols.isEmpty() ? List.of("empty") : cols);
          DatasetReader in = new JsonlReader(staging.toString(), InputFiles.open(staging), false)) {
        for (InputRecord r; (r = in.next()) != null; ) {
          out.write(r.value());
        }
        if (cols.isEmpty()) {
          out.writeHeaderOnly();
        }
      }
    } finally {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException e) {
        throw new AssayInputException(staging + ": cannot delete: " + e.getMessage(), e);
      }
    }
  }
}
