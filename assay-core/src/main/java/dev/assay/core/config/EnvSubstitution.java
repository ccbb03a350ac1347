package dev.assay.core.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in a config tree's string values from the
 * environment; {@code $${...}} is a literal. An unset variable without a default is a problem naming
 * the place (collected with the file's other problems), so a missing API key fails at load time,
 * not mid-run.
 *
 * <pre>{@code
 * List<ConfigProblem> problems = new ArrayList<>();
 * JsonNode out = EnvSubstitution.expand(tree, System.getenv(), problems);
 * }</pre>
 */
final class EnvSubstitution {
  private static final Pattern VAR = Pattern.compile("\\$?\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private EnvSubstitution() {}

  /** The tree with variables replaced; each unset variable without a default is added to {@code problems}. */
  static JsonNode expand(JsonNode node, Map<String, String> env, List<ConfigProblem> problems) {
    return expand(node, env, "", problems);
  }

  private static JsonNode expand(JsonNode node, Map<String, String> env, String ptr, List<ConfigProblem> problems) {
    if (node.isString()) {
      return JsonNodeFactory.instance.stringNode(substitute(node.stringValue(), env, ptr, problems));
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.set(e.getKey(), expand(e.getValue(), env, ptr + "/" + e.getKey(), problems));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        out.add(expand(node.get(i), env, ptr + "/" + i, problems));
      }
      return out;
    }
    return node;
  }

  private static String substitute(String s, Map<String, String> env, String ptr, List<ConfigProblem> problems) {
    Matcher m = VAR.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group().startsWith("$$")) {
        replacement = m.group().substring(1);
      } else {
        String v = env.get(m.group(1));
        if (v == null && m.group(2) == null) {
          problems.add(new ConfigProblem(ptr, "environment variable " + m.group(1)
              + " is not set (and no default is given with ${" + m.group(1) + ":-...})"));
          v = m.group();
        } else if (v == null) {
          v = m.group(3);
        }
        replacement = v;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
