package dev.assay.cli.pipes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed Dagster metadata values ({@code {"raw_value": ..., "type": ...}}), so the Dagster UI shows
 * a count as a number, a folder as a path and a summary as JSON.
 *
 * <pre>{@code
 * Map.of("kept", PipesMetadata.integer(127), "run_folder", PipesMetadata.path("out/qa"));
 * }</pre>
 */
public final class PipesMetadata {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PipesMetadata() {}

  /** An integer. */
  public static JsonNode integer(long v) {
    return typed("int", F.numberNode(v));
  }

  /** A float; NaN and infinities become null, which JSON cannot hold. */
  public static JsonNode number(double v) {
    return Double.isFinite(v) ? typed("float", F.numberNode(v)) : typed("null", F.nullNode());
  }

  /** Text. */
  public static JsonNode text(String v) {
    return typed("text", F.stringNode(v));
  }

  /** A file or folder path. */
  public static JsonNode path(String v) {
    return typed("path", F.stringNode(v));
  }

  /** A JSON value. */
  public static JsonNode json(JsonNode v) {
    return typed("json", v);
  }

  /** Markdown. */
  public static JsonNode markdown(String v) {
    return typed("md", F.stringNode(v));
  }

  private static ObjectNode typed(String type, JsonNode raw) {
    ObjectNode o = F.objectNode();
    o.set("raw_value", raw);
    o.put("type", type);
    return o;
  }
}
