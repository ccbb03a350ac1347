package dev.assay.cli.pipeline;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The line of every value of a YAML document by JSON pointer ({@code /steps/qa/params/config}), so
 * that pipeline errors found after parsing still name {@code file:line}.
 *
 * <pre>{@code
 * Map<String, Integer> lines = YamlPointers.index(text);
 * YamlPointers.lineOf(lines, "/steps/qa");   // 7
 * }</pre>
 */
final class YamlPointers {
  static final YAMLMapper YAML = new YAMLMapper();

  private YamlPointers() {}

  /** Indexes {@code text}; a document that does not parse yields what was read before the error. */
  static Map<String, Integer> index(String text) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = YAML.createParser(text)) {
      walk(p, p.nextToken(), "", out);
    } catch (RuntimeException e) {
      // The parse error itself is reported by the tree read, with its own location.
    }
    return out;
  }

  private static void walk(JsonParser p, JsonToken t, String ptr, Map<String, Integer> out) {
    if (t == null) {
      return;
    }
    out.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
    if (t == JsonToken.START_OBJECT) {
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String child = ptr + "/" + p.currentName();
        out.putIfAbsent(child, p.currentTokenLocation().getLineNr());
        walk(p, p.nextToken(), child, out);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        walk(p, t, ptr + "/" + i++, out);
      }
    }
  }

  /** The line at {@code pointer}, else at its nearest ancestor, else 1. */
  static int lineOf(Map<String, Integer> lines, String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return 1;
      }
      p = p.substring(0, slash);
    }
  }
}
