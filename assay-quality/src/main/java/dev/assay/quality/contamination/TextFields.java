package dev.assay.quality.contamination;

import dev.assay.core.format.FieldPath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads text out of a record's field, named by a {@link FieldPath} ({@code text}, {@code
 * messages[-1].content}): a string is one text; an array of strings (MT-Bench {@code turns}) is
 * one text per element, or all of them joined by blank lines; chat messages
 * ({@code [{"role":..,"content":..}]}) contribute their {@code content}. Numbers and booleans are
 * their JSON text.
 *
 * <pre>{@code
 * FieldPath turns = FieldPath.parse("turns");
 * String t = TextFields.joined(record, turns);        // "turn 1\n\nturn 2"
 * List<String> parts = TextFields.parts(record, turns);
 * }</pre>
 */
public final class TextFields {
  private TextFields() {}

  /** The field's texts, one per array element; empty when the field is missing or null. */
  public static List<String> parts(JsonNode record, FieldPath field) {
    List<String> out = new ArrayList<>();
    JsonNode v = record == null ? null : field.find(record);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        String s = scalar(e);
        if (s != null) {
          out.add(s);
        }
      }
    } else {
      String s = scalar(v);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The field's texts joined by blank lines; {@code null} when the field is missing or null. */
  public static String joined(JsonNode record, FieldPath field) {
    JsonNode v = record == null ? null : field.find(record);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return String.join("\n\n", parts(record, field));
  }

  private static String scalar(JsonNode e) {
    if (e == null || e.isNull()) {
      return null;
    }
    if (e.isString()) {
      return e.asString();
    }
    if (e.isObject()) {
      JsonNode content = e.get("content");
      return content != null && content.isString() ? content.asString() : null;
    }
    if (e.isValueNode()) {
      return e.toString();
    }
    return null;
  }
}
