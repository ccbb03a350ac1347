package dev.assay.eval.judge;

import dev.assay.core.AssayInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Judges by name: every {@link JudgeProvider} on the class path. {@link #create} builds a judge
 * from its defaults overlaid with snake_case parameters (from a YAML file, CLI flags or a run
 * manifest); {@link #configOf} gives back the full effective configuration, so a manifest can
 * rebuild the same judge.
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
  private static final Map<String, Class<? extends Judge<?, ?>>> JUDGES = load();

  private JudgeRegistry() {}

  /** Every registered judge name, sorted, with its class. */
  public static Map<String, Class<? extends Judge<?, ?>>> all() {
    return JUDGES;
  }

  /** What a judge returns: {@code pairwise}, {@code single} or {@code rubric}. */
  public static String kindOf(String name) {
    Class<?> type = typeOf(name);
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
    Class<?> actual = typeOf(name);
    if (!type.isAssignableFrom(actual)) {
      List<String> fitting = JUDGES.entrySet().stream().filter(e -> type.isAssignableFrom(e.getValue()))
          .map(Map.Entry::getKey).toList();
      throw new AssayInputException("judge '" + name + "' is a " + kindOf(name) + " judge; expected a "
          + type.getSimpleName() + ": one of " + String.join(", ", fitting));
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
    Class<? extends Judge<?, ?>> type = typeOf(name);
    ObjectNode merged = CONFIG.valueToTree(defaults(name, type));
    if (params != null && !params.isNull()) {
      if (!params.isObject()) {
        throw new AssayInputException("judge '" + name + "': parameters must be a mapping, found " + params.getNodeType());
      }
      for (Map.Entry<String, JsonNode> e : params.properties()) {
        if (e.getKey().equals("judge")) {
          // configOf() output carries the name; accept it when it agrees.
          if (!e.getValue().asString("").equals(name)) {
            throw new AssayInputException("judge '" + name + "': parameter 'judge' says '" + e.getValue().asString("") + "'");
          }
          continue;
        }
        if (!merged.has(e.getKey())) {
          throw new AssayInputException("judge '" + name + "': unknown parameter '" + e.getKey() + "'; expected one of "
              + String.join(", ", merged.propertyNames()));
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    try {
      return CONFIG.treeToValue(merged, type);
    } catch (JacksonException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String msg = root instanceof AssayInputException || root instanceof IllegalArgumentException
          ? root.getMessage()
          : e.getOriginalMessage().split("\n")[0];
      throw new AssayInputException("judge '" + name + "': " + msg, e);
    }
  }

  /** The judge's full configuration as snake_case keys, plus {@code judge: name}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> configOf(Judge<?, ?> judge) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("judge", judge.name());
    out.putAll(CONFIG.convertValue(judge, Map.class));
    return out;
  }

  private static Class<? extends Judge<?, ?>> typeOf(String name) {
    Class<? extends Judge<?, ?>> type = JUDGES.get(name);
    if (type == null) {
      throw new AssayInputException("unknown judge '" + name + "': expected one of " + String.join(", ", JUDGES.keySet()));
    }
    return type;
  }

  private static Judge<?, ?> defaults(String name, Class<? extends Judge<?, ?>> type) {
    try {
      Method m = type.getMethod("defaults");
      return (Judge<?, ?>) m.invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("judge '" + name + "': " + type.getName() + " has no public static defaults()", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("judge '" + name + "': defaults() failed: " + e.getCause(), e.getCause());
    }
  }

  private static Map<String, Class<? extends Judge<?, ?>>> load() {
    Map<String, Class<? extends Judge<?, ?>>> out = new TreeMap<>();
    for (JudgeProvider p : ServiceLoader.load(JudgeProvider.class, JudgeRegistry.class.getClassLoader())) {
      for (Map.Entry<String, Class<? extends Judge<?, ?>>> e : p.judges().entrySet()) {
        Class<? extends Judge<?, ?>> prev = out.putIfAbsent(e.getKey(), e.getValue());
        if (prev != null && prev != e.getValue()) {
          throw new IllegalStateException("judge name '" + e.getKey() + "' registered twice: " + prev + ", " + e.getValue());
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
