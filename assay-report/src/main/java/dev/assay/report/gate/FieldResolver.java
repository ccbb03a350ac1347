package dev.assay.report.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Walks a {@link FieldPath} through a run's data (its contract documents plus derived fields),
 * beside the contracts' JSON Schema. Three results: the value; {@link Empty}, a field the contract
 * declares that this run left null (e.g. {@code human_agreement} without human labels: an evaluation
 * error); or {@link Unknown}, a field, key or list entry that does not exist (bad usage), with the
 * names that do exist at that point.
 *
 * <pre>{@code
 * JsonNode v = FieldResolver.resolve(FieldPath.parse("models[model-a].rank"), data, schema, notes).node();
 * }</pre>
 */
final class FieldResolver {
  /** Fields that name a list entry, tried in order, for {@code models[model-a]}. */
  static final List<String> NAME_FIELDS = List.of("model", "name", "id", "check", "feature", "group", "label", "kind");

  private FieldResolver() {}

  /** A resolved value. */
  record Resolved(JsonNode node) {}

  /** The path goes where nothing exists: bad usage; {@code at} is null when the run itself is unknown. */
  static final class Unknown extends RuntimeException {
    final String at;
    final String typed;
    final List<String> options;

    Unknown(String at, String typed, List<String> options, String what) {
      super(what);
      this.at = at;
      this.typed = typed;
      this.options = List.copyOf(options);
    }
  }

  /** The contract declares the field but this run holds no value there: an evaluation error. */
  static final class Empty extends RuntimeException {
    Empty(String message) {
      super(message);
    }
  }

  static Resolved resolve(FieldPath path, JsonNode data, SchemaCursor schema, Map<String, String> notes) {
    JsonNode node = data;
    SchemaCursor sc = schema;
    StringBuilder at = new StringBuilder();
    for (FieldPath.Segment seg : path.segments()) {
      String here = at.toString();
      if (seg instanceof FieldPath.Name n) {
        append(at, seg);
        if (node.isArray()) {
          throw new Unknown(here, n.name(), entryNames(node),
              "'" + here + "' is a list; choose an entry by name ('" + here + "[" + first(entryNames(node)) + "]') or index ('" + here + "[0]')");
        }
        node = child(node, sc, n.name(), here, at.toString(), notes);
        sc = sc == null ? null : childSchema(sc, n.name());
      } else if (seg instanceof FieldPath.Index ix) {
        append(at, seg);
        if (!node.isArray()) {
          node = child(node, sc, String.valueOf(ix.index()), here, at.toString(), notes);
          sc = sc == null ? null : childSchema(sc, String.valueOf(ix.index()));
          continue;
        }
        int i = ix.index() < 0 ? node.size() + ix.index() : ix.index();
        if (i < 0 || i >= node.size()) {
          throw new Unknown(here, seg.toString(), entryNames(node),
              "'" + here + "' has " + node.size() + " entries, so " + seg + " is out of range");
        }
        node = node.get(i);
        sc = sc == null ? null : sc.item();
      } else if (seg instanceof FieldPath.Match m) {
        append(at, seg);
        if (!node.isArray()) {
          node = child(node, sc, m.value(), here, at.toString(), notes);
          sc = sc == null ? null : childSchema(sc, m.value());
          continue;
        }
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode e : node) {
          String field = m.field() != null ? m.field() : nameField(e);
          if (field != null && e.has(field) && m.value().equals(e.get(field).asString(""))) {
            hits.add(e);
          }
        }
        if (hits.isEmpty()) {
          throw new Unknown(here, m.value(), entryNames(node), "'" + here + "' has no entry " + seg);
        }
        if (hits.size() > 1) {
          throw new Unknown(here, m.value(), entryNames(node), "'" + here + "' has " + hits.size() + " entries " + seg + "; use an index");
        }
        node = hits.get(0);
        sc = sc == null ? null : sc.item();
      }
      if (node == null || node.isNull()) {
        String note = notes.get(at.toString());
        throw new Empty("'" + at + "' is empty in this run" + (note == null ? "" : ": " + note));
      }
    }
    return new Resolved(node);
  }

  private static JsonNode child(JsonNode node, SchemaCursor sc, String name, String here, String full, Map<String, String> notes) {
    if (!node.isObject()) {
      throw new Unknown(here, name, List.of(), "'" + here + "' is a " + describe(node) + ", it has no field '" + name + "'");
    }
    JsonNode c = node.get(name);
    if (c != null) {
      return c;
    }
    if (sc != null && sc.property(name) != null) {
      String note = notes.get(full);
      throw new Empty("'" + full + "' is empty in this run" + (note == null ? " (the contract allows it to be absent)" : ": " + note));
    }
    Set<String> names = new LinkedHashSet<>();
    node.propertyNames().forEach(names::add);
    if (sc != null) {
      names.addAll(sc.propertyNames());
    }
    String where = here.isEmpty() ? "this run" : "'" + here + "'";
    throw new Unknown(here, name, List.copyOf(names), "'" + name + "' is not a field of " + where);
  }

  private static SchemaCursor childSchema(SchemaCursor sc, String name) {
    SchemaCursor p = sc.property(name);
    return p != null ? p : sc.mapValue();
  }

  private static void append(StringBuilder at, FieldPath.Segment seg) {
    if (seg instanceof FieldPath.Name && !at.isEmpty()) {
      at.append('.');
    }
    at.append(seg);
  }

  /** The name field of a list entry: the first of {@link #NAME_FIELDS} it holds as text. */
  static String nameField(JsonNode entry) {
    for (String f : NAME_FIELDS) {
      if (entry.path(f).isString()) {
        return f;
      }
    }
    return null;
  }

  private static List<String> entryNames(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : list) {
      String f = nameField(e);
      if (f != null) {
        out.add(e.get(f).asString());
      }
    }
    return out;
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? "0" : names.get(0);
  }

  static String describe(JsonNode n) {
    if (n.isObject()) {
      return "group of fields";
    }
    if (n.isArray()) {
      return "list";
    }
    if (n.isString()) {
      return "text ('" + n.asString() + "')";
    }
    if (n.isBoolean()) {
      return "true/false";
    }
    return "number";
  }
}
