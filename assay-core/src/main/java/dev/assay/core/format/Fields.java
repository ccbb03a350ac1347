package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Typed access to a record's fields with errors that say where, which field, what was expected and
 * what was found: {@code train.jsonl:12: field 'output': expected a string, found number 3}.
 *
 * <pre>{@code
 * String text = Fields.string(node, "instruction", "train.jsonl:12");
 * }</pre>
 */
public final class Fields {
  private Fields() {}

  /** A required string field. */
  public static String string(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new AssayInputException(where + ": field '" + field + "': required, but missing");
    }
    if (!v.isString()) {
      throw new AssayInputException(
          where + ": field '" + field + "': expected a string, found " + describe(v));
    }
    return v.stringValue();
  }

  /** An optional string field ({@code null} when absent or null). */
  public static String optionalString(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : string(node, field, where);
  }

  /** An object's fields other than {@code known}, as plain Java values. */
  public static Map<String, Object> rest(JsonNode node, Set<String> known) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
        out.put(e.getKey(), plain(e.getValue()));
      }
    }
    return out;
  }

  /** A JSON value as a plain Java value (String, Number, Boolean, List, Map). */
  public static Object plain(JsonNode v) {
    return dev.assay.core.io.Json.MAPPER.convertValue(v, Object.class);
  }

  /** "a string \"abc…\"", "number 3", "an array of 2", ... for error messages. */
  public static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    return switch (v.getNodeType()) {
      case STRING -> "string " + quote(v.stringValue());
      case NUMBER -> "number " + v.asString();
      case BOOLEAN -> "boolean " + v.asString();
      case NULL -> "null";
      case ARRAY -> "an array of " + v.size();
      case OBJECT -> "an object";
      default -> v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A string quoted for a message, cut to 40 characters. */
  public static String quote(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return '"' + cut.replace("\n", "\\n") + '"';
  }
}
