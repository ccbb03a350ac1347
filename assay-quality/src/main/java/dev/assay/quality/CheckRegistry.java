package dev.assay.quality;

import dev.assay.core.AssayInputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds checks by name (every {@link CheckProvider} on the class path) and builds them from
 * parameters. Parameters overlay the check's defaults: a check record may declare {@code public
 * static X defaults()}; its snake_case JSON form is the base, user keys replace values, and unknown
 * keys are errors. {@link #configOf(Check)} gives back the full effective configuration for the
 * manifest.
 *
 * <pre>{@code
 * Check gopher = CheckRegistry.create("gopher_quality", Json.MAPPER.readTree("{\"min_words\": 20}"));
 * Map<String, Object> cfg = CheckRegistry.configOf(gopher);
 * }</pre>
 */
public final class CheckRegistry {
  private static final JsonMapper CONFIG =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();
  private static final Map<String, Class<? extends Check>> CHECKS = load();

  private CheckRegistry() {}

  /** All registered check names, sorted, mapped to their classes. */
  public static Map<String, Class<? extends Check>> all() {
    return CHECKS;
  }

  /** Builds the check {@code name} from {@code params} (may be null or empty for defaults). */
  public static Check create(String name, JsonNode params) {
    Class<? extends Check> type = CHECKS.get(name);
    if (type == null) {
      throw new AssayInputException(
          "unknown check '" + name + "': expected one of " + String.join(", ", CHECKS.keySet()));
    }
    ObjectNode merged = CONFIG.createObjectNode();
    Check defaults = defaults(type);
    if (defaults != null) {
      merged.setAll((ObjectNode) CONFIG.valueToTree(defaults));
    }
    if (params != null && !params.isNull()) {
      if (!params.isObject()) {
        throw new AssayInputException("check '" + name + "': parameters must be a mapping, found " + params.getNodeType());
      }
      for (Map.Entry<String, JsonNode> e : params.properties()) {
        if (defaults != null && !merged.has(e.getKey())) {
          throw new AssayInputException(
              "check '" + name + "': unknown parameter '" + e.getKey() + "'; expected one of "
                  + String.join(", ", merged.propertyNames()));
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    try {
      return CONFIG.treeToValue(merged, type);
    } catch (JacksonException e) {
      throw new AssayInputException("check '" + name + "': " + e.getOriginalMessage().split("\n")[0], e);
    } catch (IllegalArgumentException e) {
      throw new AssayInputException("check '" + name + "': " + e.getMessage(), e);
    }
  }

  /** The check's full configuration as snake_case keys, for manifests and reports. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> configOf(Check check) {
    return CONFIG.convertValue(check, Map.class);
  }

  private static Check defaults(Class<? extends Check> type) {
    try {
      Method m = type.getMethod("defaults");
      if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
        return (Check) m.invoke(null);
      }
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + ".defaults() failed", e);
    }
    return null;
  }

  private static Map<String, Class<? extends Check>> load() {
    Map<String, Class<? extends Check>> out = new TreeMap<>();
    for (CheckProvider p : ServiceLoader.load(CheckProvider.class, CheckRegistry.class.getClassLoader())) {
      for (Map.Entry<String, Class<? extends Check>> e : p.checks().entrySet()) {
        Class<? extends Check> prev = out.putIfAbsent(e.getKey(), e.getValue());
        if (prev != null && prev != e.getValue()) {
          throw new IllegalStateException("check name '" + e.getKey() + "' registered twice: " + prev + ", " + e.getValue());
        }
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
