package dev.assay.report.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the JSON-like values of tables and chart options in one canonical form, so that a report
 * written to JSON and read back is equal to the original: whole numbers become {@code Long},
 * other numbers {@code Double}, NaN and infinities null (JSON has no such numbers), and maps
 * and lists become unmodifiable copies (maps keep their order).
 *
 * <pre>{@code
 * JsonValues.canonical(List.of(1, 2.5f))   // [1L, 2.5d]
 * }</pre>
 */
final class JsonValues {
  private JsonValues() {}

  /** The canonical form of one table cell or option value. */
  static Object canonical(Object value) {
    return switch (value) {
      case null -> null;
      case Byte b -> b.longValue();
      case Short s -> s.longValue();
      case Integer i -> i.longValue();
      case Long l -> l;
      case BigInteger b -> b.longValueExact();
      case Float f -> finiteOrNull(f.doubleValue());
      case Double d -> finiteOrNull(d);
      case BigDecimal b -> b.doubleValue();
      case Map<?, ?> m -> canonicalMap(m);
      case List<?> l -> canonicalList(l);
      default -> value;
    };
  }

  /** An unmodifiable, ordered, canonical copy of a JSON object. */
  static Map<String, Object> canonicalMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), canonical(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** An unmodifiable canonical copy of a JSON array (nulls allowed). */
  static List<Object> canonicalList(List<?> list) {
    List<Object> copy = new ArrayList<>(list.size());
    for (Object v : list) {
      copy.add(canonical(v));
    }
    return Collections.unmodifiableList(copy);
  }

  private static Double finiteOrNull(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
