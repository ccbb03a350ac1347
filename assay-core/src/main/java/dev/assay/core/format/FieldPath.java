package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A path to a value inside a record, as users write it on the command line and in pipelines:
 * dotted names with optional array indexes, negative from the end ({@code output},
 * {@code messages[-1].content}, {@code meta.source}), or a JSON Pointer ({@code /messages/0/content}).
 *
 * <pre>{@code
 * FieldPath p = FieldPath.parse("messages[-1].content");
 * JsonNode v = p.find(record);         // null when absent
 * String text = p.text(record);        // the string value, or null when absent or not a string
 * }</pre>
 */
public final class FieldPath {
  private final String spec;
  private final List<Object> steps;

  private FieldPath(String spec, List<Object> steps) {
    this.spec = spec;
    this.steps = steps;
  }

  /** Parses a dotted path or a JSON Pointer; malformed paths are an error naming the spec. */
  public static FieldPath parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new AssayInputException("field path: expected a field name such as 'text', found nothing");
    }
    List<Object> steps = new ArrayList<>();
    if (spec.startsWith("/")) {
      for (String seg : spec.substring(1).split("/", -1)) {
        String s = seg.replace("~1", "/").replace("~0", "~");
        steps.add(s.matches("-?\\d+") ? (Object) Integer.parseInt(s) : s);
      }
      return new FieldPath(spec, List.copyOf(steps));
    }
    int i = 0;
    int n = spec.length();
    while (i < n) {
      char c = spec.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close = spec.indexOf(']', i);
        if (close < 0) {
          throw new AssayInputException("field path '" + spec + "': unclosed '['");
        }
        String idx = spec.substring(i + 1, close).strip();
        if (!idx.matches("-?\\d+")) {
          throw new AssayInputException("field path '" + spec + "': expected an array index in [], found '" + idx + "'");
        }
        steps.add(Integer.parseInt(idx));
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && spec.charAt(end) != '.' && spec.charAt(end) != '[') {
        end++;
      }
      steps.add(spec.substring(i, end));
      i = end;
    }
    return new FieldPath(spec, List.copyOf(steps));
  }

  /** The value at this path, or {@code null} when any step is absent. */
  public JsonNode find(JsonNode root) {
    JsonNode cur = root;
    for (Object step : steps) {
      if (cur == null) {
        return null;
      }
      cur = step(cur, step);
    }
    return cur == null || cur.isMissingNode() ? null : cur;
  }

  /** The string at this path, or {@code null} when absent or not a string. */
  public String text(JsonNode root) {
    JsonNode v = find(root);
    return v != null && v.isString() ? v.stringValue() : null;
  }

  /**
   * Replaces the value at this path with the string {@code value}; returns false (changing nothing)
   * when the path does not lead to an existing value.
   */
  public boolean set(JsonNode root, String value) {
    JsonNode parent = root;
    for (int i = 0; i < steps.size() - 1 && parent != null; i++) {
      parent = step(parent, steps.get(i));
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer idx && parent instanceof ArrayNode arr) {
      int k = idx < 0 ? arr.size() + idx : idx;
      if (k < 0 || k >= arr.size()) {
        return false;
      }
      arr.set(k, arr.stringNode(value));
      return true;
    }
    if (last instanceof String name && parent instanceof ObjectNode obj && obj.has(name)) {
      obj.put(name, value);
      return true;
    }
    return false;
  }

  private static JsonNode step(JsonNode cur, Object step) {
    if (step instanceof Integer idx) {
      if (!cur.isArray()) {
        return null;
      }
      int k = idx < 0 ? cur.size() + idx : idx;
      return k >= 0 && k < cur.size() ? cur.get(k) : null;
    }
    return cur.isObject() ? cur.get((String) step) : null;
  }

  /**
   * Why {@code r} cannot be read as text at this path, as a {@code file:line} sentence: it did not
   * parse, is not a JSON object, or has no string here. {@code null} when it can.
   */
  public String textProblem(dev.assay.core.io.InputRecord r) {
    if (!r.parsed()) {
      return r.error();
    }
    if (!r.value().isObject()) {
      return r.location() + ": expected a JSON object, found " + Fields.describe(r.value());
    }
    JsonNode v = find(r.value());
    if (v == null || !v.isString()) {
      return r.location() + ": field '" + spec + "': expected a string, found " + Fields.describe(v);
    }
    return null;
  }

  /** The path as the user wrote it. */
  @Override
  public String toString() {
    return spec;
  }
}
