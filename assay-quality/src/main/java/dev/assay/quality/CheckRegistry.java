package dev.assay.quality;

import dev.assay.core.registry.Parameters;
import dev.assay.core.registry.Registry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds checks by name (every {@link CheckProvider} on the class path, through core's generic
 * {@link Registry}) and builds them from parameters ({@link Parameters}). Parameters overlay the
 * check's defaults: a check record may declare {@code public static X defaults()}; its snake_case
 * JSON form is the base, user keys replace values, and unknown keys are errors. {@link
 * #configOf(Check)} gives back the full effective configuration for the manifest.
 *
 * <pre>{@code
 * Check gopher = CheckRegistry.create("gopher_quality", Json.MAPPER.readTree("{\"min_words\": 20}"));
 * Map<String, Object> cfg = CheckRegistry.configOf(gopher);
 * }</pre>
 */
public final class CheckRegistry {
  private static final Parameters PARAMS = new Parameters(
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build());
  private static final Registry<Class<? extends Check>> CHECKS =
      Registry.load("check", CheckProvider.class, CheckProvider::checks);

  private CheckRegistry() {}

  /** All registered check names, sorted, mapped to their classes. */
  public static Map<String, Class<? extends Check>> all() {
    return CHECKS.all();
  }

  /** The registry itself (names, lookup with did-you-mean). */
  public static Registry<Class<? extends Check>> registry() {
    return CHECKS;
  }

  /** Builds the check {@code name} from {@code params} (may be null or empty for defaults). */
  public static Check create(String name, JsonNode params) {
    Class<? extends Check> type = CHECKS.get(name);
    return PARAMS.build("check '" + name + "'", defaults(type), params, type);
  }

  /** The check's full configuration as snake_case keys, for manifests and reports. */
  public static Map<String, Object> configOf(Check check) {
    return PARAMS.configOf(check);
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
}
