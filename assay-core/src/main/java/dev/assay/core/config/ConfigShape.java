package dev.assay.core.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a YAML tree against the config record it is meant to become, before binding, and says
 * every problem in the user's terms: an unknown key (with the allowed keys and a "did you mean"),
 * a value of the wrong kind (a list where text belongs, {@code many} where a whole number
 * belongs), an enum value that is not one of the allowed ones. Keys are the snake_case names of the
 * record components. The tree it returns has the bad values removed, so that binding and Bean
 * Validation can still report the remaining problems (a missing required key) in the same run.
 *
 * <pre>{@code
 * List<ConfigProblem> problems = new ArrayList<>();
 * JsonNode clean = ConfigShape.check(tree, PipelineConfig.class, problems);
 * }</pre>
 */
final class ConfigShape {
  private ConfigShape() {}

  /** Appends the problems of {@code node} as a {@code type} to {@code out}; returns the tree without them. */
  static JsonNode check(JsonNode node, Type type, List<ConfigProblem> out) {
    JsonNode r = check(node, type, "", out);
    return r == null ? JsonNodeFactory.instance.nullNode() : r;
  }

  /** The snake_case key of a record component name: {@code idField} -> {@code id_field}. */
  static String key(String component) {
    return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The kind of value {@code type} takes, in words: "text", "a whole number", "one of a, b". */
  static String expected(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class || raw == CharSequence.class) {
      return "text";
    }
    if (raw == Path.class) {
      return "a path";
    }
    if (isInteger(raw)) {
      return "a whole number";
    }
    if (isDecimal(raw)) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw.isEnum()) {
      return "one of " + String.join(", ", enumNames(raw));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "a mapping";
    }
    if (raw.isRecord()) {
      return "a mapping with the keys " + String.join(", ", keys(raw).keySet());
    }
    return "a value";
  }

  /** Null when the value must be dropped from the cleaned tree. */
  private static JsonNode check(JsonNode node, Type type, String ptr, List<ConfigProblem> out) {
    Class<?> raw = raw(type);
    if (node == null || node.isNull() || node.isMissingNode()) {
      if (raw.isPrimitive()) {
        out.add(new ConfigProblem(ptr, "expected " + expected(type) + ", found nothing"));
        return null;
      }
      return node;
    }
    if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
      return node;
    }
    if (raw.isRecord()) {
      return record(node, raw, ptr, out);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      if (!node.isArray()) {
        return bad(node, type, ptr, out);
      }
      Type element = typeArg(type, 0);
      ArrayNode clean = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode r = check(node.get(i), element, ptr + "/" + i, out);
        clean.add(r == null ? JsonNodeFactory.instance.nullNode() : r);
      }
      return clean;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (!node.isObject()) {
        return bad(node, type, ptr, out);
      }
      Type value = typeArg(type, 1);
      ObjectNode clean = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode r = check(e.getValue(), value, ptr + "/" + escape(e.getKey()), out);
        if (r != null) {
          clean.set(e.getKey(), r);
        }
      }
      return clean;
    }
    if (raw.isEnum()) {
      return enumValue(node, raw, ptr, out);
    }
    return scalar(node, type, raw, ptr, out);
  }

  private static JsonNode record(JsonNode node, Class<?> raw, String ptr, List<ConfigProblem> out) {
    Map<String, RecordComponent> keys = keys(raw);
    if (!node.isObject()) {
      out.add(new ConfigProblem(ptr, "expected a mapping with the keys " + String.join(", ", keys.keySet())
          + ", found " + found(node)));
      return null;
    }
    ObjectNode clean = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String child = ptr + "/" + escape(e.getKey());
      RecordComponent c = keys.get(e.getKey());
      if (c == null) {
        String near = Suggestions.closest(e.getKey(), keys.keySet());
        out.add(new ConfigProblem(child, "unknown key" + (near == null ? "" : " (did you mean " + near + "?)")
            + "; allowed keys: " + String.join(", ", keys.keySet())));
        continue;
      }
      // a value with its own deserializer (a string or a mapping, say) reports its own problems when bound
      JsonNode r = ownDeserializer(c) ? e.getValue() : check(e.getValue(), c.getGenericType(), child, out);
      if (r != null) {
        clean.set(e.getKey(), r);
      }
    }
    return clean;
  }

  private static boolean ownDeserializer(RecordComponent c) {
    var d = c.getAnnotation(tools.jackson.databind.annotation.JsonDeserialize.class);
    if (d == null && c.getAccessor() != null) {
      d = c.getAccessor().getAnnotation(tools.jackson.databind.annotation.JsonDeserialize.class);
    }
    if (d == null) {
      try {
        d = c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(tools.jackson.databind.annotation.JsonDeserialize.class);
      } catch (NoSuchFieldException e) {
        return false;
      }
    }
    return d != null && (d.using() != tools.jackson.databind.ValueDeserializer.None.class
        || d.contentUsing() != tools.jackson.databind.ValueDeserializer.None.class);
  }

  private static JsonNode enumValue(JsonNode node, Class<?> raw, String ptr, List<ConfigProblem> out) {
    List<String> names = enumNames(raw);
    if (node.isString()) {
      String v = node.stringValue().strip();
      for (String n : names) {
        if (n.equalsIgnoreCase(v)) {
          return node;
        }
      }
      String near = Suggestions.closest(v, names);
      out.add(new ConfigProblem(ptr, "expected one of " + String.join(", ", names) + ", found " + found(node)
          + (near == null ? "" : " (did you mean " + near + "?)")));
      return null;
    }
    out.add(new ConfigProblem(ptr, "expected one of " + String.join(", ", names) + ", found " + found(node)));
    return null;
  }

  private static JsonNode scalar(JsonNode node, Type type, Class<?> raw, String ptr, List<ConfigProblem> out) {
    boolean ok;
    if (raw == String.class || raw == CharSequence.class || raw == Path.class) {
      ok = node.isValueNode();
    } else if (isInteger(raw)) {
      ok = node.isIntegralNumber() || (node.isString() && node.stringValue().strip().matches("[+-]?\\d+"))
          || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
    } else if (isDecimal(raw)) {
      ok = node.isNumber() || (node.isString() && isDecimal(node.stringValue().strip()));
    } else if (raw == Boolean.class || raw == boolean.class) {
      ok = node.isBoolean() || (node.isString() && node.stringValue().strip().matches("(?i)true|false"));
    } else {
      return node; // durations and other types: the binding step knows them
    }
    return ok ? node : bad(node, type, ptr, out);
  }

  private static JsonNode bad(JsonNode node, Type type, String ptr, List<ConfigProblem> out) {
    out.add(new ConfigProblem(ptr, "expected " + expected(type) + ", found " + found(node)));
    return null;
  }

  /** The value as the user wrote it: {@code "many"}, {@code 2.5}, {@code a list}, {@code a mapping}. */
  static String found(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isString()) {
      return "\"" + node.stringValue() + "\"";
    }
    return node.toString();
  }

  static Map<String, RecordComponent> keys(Class<?> record) {
    Map<String, RecordComponent> keys = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      keys.put(key(c.getName()), c);
    }
    return keys;
  }

  private static List<String> enumNames(Class<?> raw) {
    List<String> names = new ArrayList<>();
    for (Object c : raw.getEnumConstants()) {
      names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static boolean isInteger(Class<?> raw) {
    return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Short.class
        || raw == short.class || raw == BigInteger.class;
  }

  private static boolean isDecimal(Class<?> raw) {
    return raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
        || raw == BigDecimal.class;
  }

  private static boolean isDecimal(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArg(Type type, int i) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      return p.getActualTypeArguments()[i];
    }
    return Object.class;
  }
}
