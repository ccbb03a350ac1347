package dev.assay.report.gate;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A position inside a contract's JSON Schema ({@code JsonSchemas.of(kind)}), walked beside the
 * data: it tells a field the contract declares but this run left empty (an evaluation error) from
 * a field that does not exist (bad usage), and lists the declared fields for error messages.
 *
 * <pre>{@code
 * SchemaCursor c = SchemaCursor.root(JsonSchemas.of(RunFileKind.LEADERBOARD));
 * c.property("human_agreement").isPresent();   // true: declared, may be null
 * }</pre>
 *
 * @param node the schema at this position (refs resolved)
 * @param root the whole schema, for {@code $ref}
 */
public record SchemaCursor(JsonNode node, JsonNode root) {

  /** The cursor at the top of {@code schema}. */
  static SchemaCursor root(JsonNode schema) {
    return new SchemaCursor(schema, schema).resolved();
  }

  /** The declared property {@code name}, or null when the schema has none by that name. */
  SchemaCursor property(String name) {
    JsonNode p = node.path("properties").get(name);
    return p == null ? null : new SchemaCursor(p, root).resolved();
  }

  /** The value schema of a map ({@code additionalProperties} an object), or null. */
  SchemaCursor mapValue() {
    JsonNode a = node.get("additionalProperties");
    return a != null && a.isObject() ? new SchemaCursor(a, root).resolved() : null;
  }

  /** The schema of a list's entries, or null. */
  SchemaCursor item() {
    JsonNode i = node.get("items");
    return i == null ? null : new SchemaCursor(i, root).resolved();
  }

  /** The declared property names, in order. */
  List<String> propertyNames() {
    List<String> out = new ArrayList<>();
    node.path("properties").propertyNames().forEach(out::add);
    return out;
  }

  private SchemaCursor resolved() {
    JsonNode n = node;
    for (int guard = 0; guard < 8; guard++) {
      if (n.has("$ref")) {
        String ref = n.get("$ref").asString();
        n = root.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
      } else if (n.has("anyOf")) {
        JsonNode pick = n.get("anyOf").get(0);
        for (JsonNode alt : n.get("anyOf")) {
          if (!"null".equals(alt.path("type").asString(""))) {
            pick = alt;
            break;
          }
        }
        n = pick;
      } else {
        break;
      }
    }
    return new SchemaCursor(n, root);
  }
}
