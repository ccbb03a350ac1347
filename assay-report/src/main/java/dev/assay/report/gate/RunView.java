package dev.assay.report.gate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run folder as the gate sees it: the fields of its contract documents (read through their
 * typed contracts), the derived fields, its manifest under {@code manifest}, a row count per rows
 * file ({@code judgments.rows}), and, for judge runs, the per-item outcomes baseline comparisons
 * test. A folder that could not be read carries the reason in {@link #error()} instead.
 *
 * <pre>{@code
 * RunView qa = RunLoader.load(Path.of("out/qa"));
 * qa.value(FieldPath.parse("counts.rejected"));   // 8.0
 * }</pre>
 *
 * @param name the folder's name, as assertions spell it
 * @param dir the folder
 * @param command the manifest's command, or null when unreadable
 * @param data every field, or null when unreadable
 * @param schema the contracts' schema beside {@code data}, or null
 * @param notes why a derived field is null, by path
 * @param items per-item outcomes (judge runs), or null
 * @param error why the folder could not be read, or null
 */
public record RunView(
    String name, Path dir, String command, ObjectNode data, SchemaCursor schema, Map<String, String> notes, JudgeItems items,
    String error) {

  /** A folder that could not be read. */
  static RunView failed(String name, Path dir, String command, String error) {
    return new RunView(name, dir, command, null, null, Map.of(), null, error);
  }

  /** True when the folder was read. */
  public boolean readable() {
    return error == null;
  }

  /** The JSON value at {@code path}, or the resolver's Unknown / Empty. */
  JsonNode node(FieldPath path) {
    return FieldResolver.resolve(path, data, schema, notes).node();
  }

  /** The per-item values behind {@code path}, when the field has them (judge win rates and scores). */
  Optional<Map<String, Double>> itemValues(FieldPath path) {
    return items == null ? Optional.empty() : items.values(path, data);
  }
}
