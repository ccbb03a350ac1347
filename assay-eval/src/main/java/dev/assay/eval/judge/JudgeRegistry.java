package dev.assay.eval.judge;

import dev.assay.core.AssayInputException;
import dev.assay.core.registry.Parameters;
import dev.assay.core.registry.Registry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges by name: every {@link JudgeProvider} on the class path, through core's generic {@link
 * Registry}. {@link #create} builds a judge from its defaults overlaid with snake_case parameters
 * (from a YAML file, CLI flags or a run manifest; {@link Parameters}); {@link #configOf} gives back
 * the full effective configuration, so a manifest can rebuild the same judge. One class may serve
 * several names when the variants differ by a parameter ({@code single} / {@code single-reference}):
 * it offers {@code public static X defaults(String name)}; others offer {@code defaults()}.
 *
 * <pre>{@code
 * Judge<?, ?> j = JudgeRegistry.create("pairwise", Map.of("prompt", "judge_prompts.jsonl#pair-v2", "samples", 3));
 * Map<String, Object> cfg = JudgeRegistry.configOf(j);   // {prompt=..., swap=true, samples=3, ...}
 * }</pre>
 */
public final class JudgeRegistry {
  private static final JsonMapper CONFIG = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final Parameters PARAMS = new Parameters(CONFIG);
  private static final Registry<Class<? extends Judge<?, ?>>> JUDGES =
      Registry.load("judge", JudgeProvider.class, JudgeProvider::judges);

  private JudgeRegistry() {}

  /** Every registered judge name, sorted, with its class. */
  public static Map<String, Class<? extends Judge<?, ?>>> all() {
    return JUDGES.all();
  }

  /** The registry itself (names, lookup with did-you-mean). */
  public static Registry<Class<? extends Judge<?, ?>>> registry() {
    return JUDGES;
  }

  /** What a judge returns: {@code pairwise}, {@code single} or {@code rubric}. */
  public static String kindOf(String name) {
    Class<?> type = JUDGES.get(name);
    if (PairwiseJudge.class.isAssignableFrom(type)) {
      return "pairwise";
    }
    if (RubricJudge.class.isAssignableFrom(type)) {
      return "rubric";
    }
    return SingleJudge.class.isAssignableFrom(type) ? "single" : "other";
  }

  /** Builds {@code name} with its defaults. */
  public static Judge<?, ?> create(String name) {
    return create(name, (JsonNode) null);
  }

  /**
   * Builds {@code name} and checks it is a {@code type} judge ({@link PairwiseJudge},
   * {@link SingleJudge}, {@link RubricJudge}), with an error listing the judges that are.
   */
  public static <J> J create(String name, Map<String, ?> params, Class<J> type) {
    Class<?> actual = JUDGES.get(name);
    if (!type.isAssignableFrom(actual)) {
      throw new AssayInputException("judge '" + name + "' is a " + kindOf(name) + " judge; expected a "
          + type.getSimpleName() + ": one of " + String.join(", ", JUDGES.namesWhere(type::isAssignableFrom)));
    }
    return type.cast(create(name, params));
  }

  /** Builds {@code name} from {@code params} (null or empty: the defaults). */
  public static Judge<?, ?> create(String name, Map<String, ?> params) {
    JsonNode tree = params == null ? null : CONFIG.valueToTree(params);
    return create(name, tree);
  }

  /**
   * Builds {@code name} from a JSON/YAML mapping of parameters (null: the defaults). A
   * {@code judge} key, as {@link #configOf} writes it, is accepted when it names the same judge.
   */
  public static Judge<?, ?> create(String name, JsonNode params) {
    Class<? extends Judge<?, ?>> type = JUDGES.get(name);
    String subject = "judge '" + name + "'";
    JsonNode own = params;
    if (params != null && params.isObject() && params.has("judge")) {
      // configOf() output carries the name; accept it when it agrees.
      String said = params.get("judge").asString("");
      if (!said.equals(name)) {
        throw new AssayInputException(subject + ": parameter 'judge' says '" + said + "'");
      }
      ObjectNode copy = ((ObjectNode) params).deepCopy();
      copy.remove("judge");
      own = copy;
    }
    Judge<?, ?> j = PARAMS.build(subject, defaults(name, type), own, type);
    if (!j.name().equals(name)) {
      throw new AssayInputException(subject + ": these parameters make the judge '" + j.name()
          + "'; ask for that judge by name instead");
    }
    return j;
  }

  /** The judge's full configuration as snake_case keys, plus {@code judge: name}. */
  public static Map<String, Object> configOf(Judge<?, ?> judge) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("judge", judge.name());
    out.putAll(PARAMS.configOf(judge));
    return out;
  }

  private static Judge<?, ?> defaults(String name, Class<? extends Judge<?, ?>> type) {
    try {
      Method m;
      try {
        m = type.getMethod("defaults", String.class);
        return (Judge<?, ?>) m.invoke(null, name);
      } catch (NoSuchMethodException e) {
        m = type.getMethod("defaults");
        return (Judge<?, ?>) m.invoke(null);
      }
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("judge '" + name + "': " + type.getName() + " has no public static defaults()", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("judge '" + name + "': defaults() failed: " + e.getCause(), e.getCause());
    }
  }
}
