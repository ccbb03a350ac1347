package dev.assay.core.config;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each value of a YAML document is: a map from JSON pointer ({@code /judges/0/model}) to its
 * 1-based line, so that errors found after binding (Bean Validation) can still name the line.
 *
 * <pre>{@code
 * YamlLines lines = YamlLines.index(text);
 * lines.lineOf("/threads");   // 4
 * }</pre>
 */
final class YamlLines {
  private static final YAMLMapper YAML = new YAMLMapper();
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes {@code text}; a document that does not parse yields an empty index. */
  static YamlLines index(String text) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = YAML.createParser(text)) {
      walk(p, p.nextToken(), "", out);
    } catch (RuntimeException e) {
      // Parse errors are reported by the binding step, with their own location.
    }
    return new YamlLines(out);
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

  /** The line of the value at {@code pointer}, else of its nearest ancestor, else 1. */
  int lineOf(String pointer) {
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
