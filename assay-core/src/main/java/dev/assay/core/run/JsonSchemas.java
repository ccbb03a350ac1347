package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a run-file contract, derived from its record type so the two
 * cannot drift apart: snake_case property names as written, {@link Doc} descriptions, required
 * fields, closed vocabularies as {@code enum}, nested records in {@code $defs}. For a rows kind the
 * schema describes one row.
 *
 * <pre>{@code
 * ObjectNode schema = JsonSchemas.of(RunFileKind.JUDGMENTS);
 * System.out.println(JsonSchemas.toJson(RunFileKind.JUDGMENTS));   // what 'assay schema judgments' prints
 * }</pre>
 */
public final class JsonSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonSchemas() {}

  /** The schema of {@code kind}, indented, ending in a newline. */
  public static String toJson(RunFileKind kind) {
    return RunJson.PRETTY.writeValueAsString(of(kind)) + "\n";
  }

  /** The schema of {@code kind}. */
  public static ObjectNode of(RunFileKind kind) {
    Map<String, ObjectNode> defs = new LinkedHashMap<>();
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://assay.dev/schemas/" + kind.id() + "/v" + kind.version() + ".json");
    root.put("title", kind.id() + " (" + kind.fileName() + ", " + (kind.shape() == RunFileKind.Shape.ROWS ? "one row" : "document")
        + ", contract v" + kind.version() + ")");
    root.put("description", kind.description());
    ObjectNode body = recordSchema(kind.type(), defs);
    body.properties().forEach(e -> root.set(e.getKey(), e.getValue()));
    if (!defs.isEmpty()) {
      ObjectNode d = root.putObject("$defs");
      defs.forEach(d::set);
    }
    return root;
  }

  private static ObjectNode recordSchema(Class<?> type, Map<String, ObjectNode> defs) {
    RecordComponent[] components = type.getRecordComponents();
    for (RecordComponent c : components) {
      if (c.getAccessor().isAnnotationPresent(JsonValue.class)) {
        return typeSchema(c.getGenericType(), c.getAnnotation(Doc.class), defs);
      }
    }
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    ObjectNode props = s.putObject("properties");
    ArrayNode required = F.arrayNode();
    boolean open = false;
    for (RecordComponent c : components) {
      if (c.isAnnotationPresent(JsonAnySetter.class) || hasOnParameter(type, c)) {
        open = true;
        continue;
      }
      Doc doc = c.getAnnotation(Doc.class);
      String name = name(c);
      ObjectNode p = typeSchema(c.getGenericType(), doc, defs);
      boolean req = doc == null || doc.required();
      if (!req) {
        p = nullable(p);
      } else {
        required.add(name);
      }
      if (doc != null) {
        p.put("description", doc.value());
      }
      props.set(name, p);
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    Doc typeDoc = type.getAnnotation(Doc.class);
    if (typeDoc != null) {
      s.put("description", typeDoc.value());
      open |= typeDoc.open();
    }
    s.put("additionalProperties", open);
    return s;
  }

  private static boolean hasOnParameter(Class<?> type, RecordComponent c) {
    return java.util.Arrays.stream(type.getDeclaredConstructors())
        .filter(k -> k.getParameterCount() == type.getRecordComponents().length)
        .flatMap(k -> java.util.Arrays.stream(k.getParameters()))
        .anyMatch(p -> p.getName().equals(c.getName()) && p.isAnnotationPresent(JsonAnySetter.class));
  }

  private static String name(RecordComponent c) {
    JsonProperty p = c.getAnnotation(JsonProperty.class);
    if (p == null) {
      p = c.getAccessor().getAnnotation(JsonProperty.class);
    }
    return p != null && !p.value().isEmpty() ? p.value() : snake(c.getName());
  }

  /** Jackson's SNAKE_CASE spelling for the names contracts use: {@code nWins} -> {@code n_wins}. */
  static String snake(String camel) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
          b.append('_');
        }
        b.append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static ObjectNode nullable(ObjectNode p) {
    if (p.has("enum")) {
      ((ArrayNode) p.get("enum")).addNull();
    }
    if (p.has("type") && p.get("type").isString()) {
      ArrayNode t = F.arrayNode().add(p.get("type").asString()).add("null");
      p.set("type", t);
      return p;
    }
    if (p.has("type") && p.get("type").isArray()) {
      ArrayNode t = (ArrayNode) p.get("type");
      boolean hasNull = false;
      for (JsonNode x : t) {
        hasNull |= x.asString().equals("null");
      }
      if (!hasNull) {
        t.add("null");
      }
      return p;
    }
    if (p.isEmpty()) {
      return p;
    }
    ObjectNode any = F.objectNode();
    any.putArray("anyOf").add(p).add(F.objectNode().put("type", "null"));
    return any;
  }

  private static ObjectNode typeSchema(Type t, Doc doc, Map<String, ObjectNode> defs) {
    if (doc != null && doc.types().length > 0) {
      ObjectNode s = F.objectNode();
      ArrayNode types = s.putArray("type");
      for (String x : doc.types()) {
        types.add(x);
      }
      return s;
    }
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "array");
        s.set("items", typeSchema(args[0], null, defs));
        return s;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode s = F.objectNode().put("type", "object");
        s.set("additionalProperties", typeSchema(args[1], null, defs));
        return s;
      }
      return F.objectNode();
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return F.objectNode().put("type", "string");
    }
    if (c == boolean.class || c == Boolean.class) {
      return F.objectNode().put("type", "boolean");
    }
    if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      return F.objectNode().put("type", "integer");
    }
    if (c == double.class || c == float.class || c == Double.class || c == Float.class) {
      return F.objectNode().put("type", "number");
    }
    if (c.isArray()) {
      ObjectNode s = F.objectNode().put("type", "array");
      s.set("items", typeSchema(c.getComponentType(), null, defs));
      return s;
    }
    if (c.isEnum() && WireValue.class.isAssignableFrom(c)) {
      ObjectNode s = F.objectNode().put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object e : c.getEnumConstants()) {
        values.add(((WireValue) e).wire());
      }
      return s;
    }
    if (c.isEnum()) {
      ObjectNode s = F.objectNode().put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object e : c.getEnumConstants()) {
        values.add(((Enum<?>) e).name());
      }
      return s;
    }
    if (c.isRecord()) {
      String key = defName(c);
      if (!defs.containsKey(key)) {
        defs.put(key, F.objectNode());
        defs.put(key, recordSchema(c, defs));
      }
      return F.objectNode().put("$ref", "#/$defs/" + key);
    }
    return F.objectNode();
  }

  private static String defName(Class<?> c) {
    List<String> parts = new ArrayList<>();
    for (Class<?> x = c; x != null; x = x.getEnclosingClass()) {
      parts.add(0, x.getSimpleName());
    }
    return String.join(".", parts);
  }
}
