package dev.assay.core.schema;

import com.networknt.schema.Error;
import dev.assay.core.format.Fields;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON Schema validator error into one plain sentence: which field, what the schema
 * expected, what the record has. Paths are written as {@code messages[0].role}; the whole record is
 * "(record)".
 *
 * <pre>{@code
 * SchemaErrors.sentence(error);  // "field 'messages[0].role': expected one of [...], found string \"bot\""
 * }</pre>
 */
final class SchemaErrors {
  private SchemaErrors() {}

  static String sentence(Error e) {
    String path = path(e.getInstanceLocation() == null ? "$" : e.getInstanceLocation().toString());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode found = e.getInstanceNode();
    JsonNode expected = e.getSchemaNode();
    return switch (keyword) {
      case "required" ->
          "field '" + join(path, e.getProperty()) + "': required, but missing";
      case "additionalProperties", "unevaluatedProperties" ->
          "field '" + join(path, e.getProperty()) + "': not allowed here (the schema forbids extra fields)";
      case "type" ->
          "field '" + path + "': expected " + text(expected) + ", found " + Fields.describe(found);
      case "enum" ->
          "field '" + path + "': expected one of " + text(expected) + ", found " + Fields.describe(found);
      case "const" ->
          "field '" + path + "': expected " + text(expected) + ", found " + Fields.describe(found);
      case "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
          "minItems", "maxItems", "pattern", "multipleOf", "minProperties", "maxProperties" ->
          "field '" + path + "': expected " + keyword + " " + text(expected) + ", found " + Fields.describe(found);
      default -> "field '" + path + "': " + stripPath(e.getMessage()) + ", found " + Fields.describe(found);
    };
  }

  private static String text(JsonNode n) {
    if (n == null) {
      return "?";
    }
    return n.isString() ? n.stringValue() : n.toString();
  }

  /** "$.a.b[0]" or the JSON pointer "/a/b/0" as "a.b[0]"; the root as "(record)". */
  static String path(String location) {
    if (location.startsWith("/") || location.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (String seg : location.split("/")) {
        if (seg.isEmpty()) {
          continue;
        }
        String s = seg.replace("~1", "/").replace("~0", "~");
        if (s.chars().allMatch(Character::isDigit)) {
          sb.append('[').append(s).append(']');
        } else {
          if (!sb.isEmpty()) {
            sb.append('.');
          }
          sb.append(s);
        }
      }
      return sb.isEmpty() ? "(record)" : sb.toString();
    }
    String p = location.startsWith("$") ? location.substring(1) : location;
    if (p.startsWith(".")) {
      p = p.substring(1);
    }
    return p.isEmpty() ? "(record)" : p;
  }

  private static String join(String path, String property) {
    if (property == null) {
      return path;
    }
    return path.equals("(record)") ? property : path + "." + property;
  }

  private static String stripPath(String message) {
    if (message == null) {
      return "invalid";
    }
    int colon = message.indexOf(": ");
    return colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
  }
}
