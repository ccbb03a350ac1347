package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one template YAML document into a {@link PromptTemplate}. Keys: {@code name}, {@code type}
 * (pairwise, single, rubric, pairwise-logprob), {@code description}, {@code system},
 * {@code template} or {@code template_file} (a text file beside the YAML), {@code output_format},
 * {@code variables} (extra placeholder names) and {@code examples} (list of {@code variables} +
 * {@code answer}). Unknown keys are errors naming the line.
 *
 * <pre>{@code
 * PromptTemplate t = TemplateFile.parse(yamlText, "my-judge.yaml", "my-judge", TemplateKind.PAIRWISE, sibling -> read(sibling));
 * }</pre>
 */
final class TemplateFile {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> KEYS = Set.of(
      "name", "type", "description", "system", "template", "template_file", "output_format", "variables", "examples");

  private TemplateFile() {}

  /** A text the YAML refers to, with the name to use for it in errors. */
  record Text(String source, String content) {}

  static PromptTemplate parse(
      String text, String source, String defaultName, TemplateKind expected, Function<String, Text> sibling) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new AssayInputException(source + ":" + line + ": malformed YAML: " + e.getOriginalMessage().split("\n")[0], e);
    }
    if (root == null || !root.isObject()) {
      throw new AssayInputException(source + ":1: expected a mapping with 'type' and 'template'");
    }
    for (String key : root.propertyNames()) {
      if (!KEYS.contains(key)) {
        throw new AssayInputException(source + ":" + lineOf(text, key) + ": unknown key '" + key + "'; expected one of "
            + String.join(", ", new java.util.TreeSet<>(KEYS)));
      }
    }
    String name = str(root, "name", defaultName);
    TemplateKind kind = root.has("type")
        ? TemplateKind.parse(root.get("type").asString(), source + ":" + lineOf(text, "type"))
        : expected;
    if (expected != null && kind != expected) {
      throw new AssayInputException(source + ":" + lineOf(text, "type") + ": type: this judge needs a '"
          + expected.id() + "' template, found '" + kind.id() + "'");
    }
    String templateSource = source;
    int templateLine = valueLine(text, "template");
    String template = str(root, "template", null);
    if (root.has("template_file")) {
      if (template != null) {
        throw new AssayInputException(source + ":" + lineOf(text, "template_file") + ": give 'template' or 'template_file', not both");
      }
      Text t = sibling.apply(root.get("template_file").asString());
      template = t.content();
      templateSource = t.source();
      templateLine = 1;
    }
    if (template == null) {
      throw new AssayInputException(source + ":1: missing 'template' (or 'template_file')");
    }
    List<String> declared = new ArrayList<>();
    if (root.has("variables")) {
      root.get("variables").forEach(v -> declared.add(v.asString()));
    }
    // The system text's lines point into the YAML even when the template has a file of its own.
    PromptTemplate.check(str(root, "system", ""), valueLine(text, "system"), kind, declared, source, name);
    return build(root, name, kind, str(root, "system", ""), template, templateSource, valueLine(text, "system"), templateLine, text);
  }

  private static PromptTemplate build(JsonNode root, String name, TemplateKind kind, String system, String template,
      String source, int systemLine, int templateLine, String text) {
    List<String> vars = new ArrayList<>();
    if (root.has("variables")) {
      root.get("variables").forEach(v -> vars.add(v.asString()));
    }
    List<FewShotExample> examples = new ArrayList<>();
    if (root.has("examples")) {
      int i = 0;
      for (JsonNode ex : root.get("examples")) {
        i++;
        if (!ex.has("answer")) {
          throw new AssayInputException(source + ":" + lineOf(text, "examples") + ": examples[" + i + "]: missing 'answer'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode v = ex.has("variables") ? ex.get("variables") : ex;
        boolean nested = ex.has("variables");
        for (Map.Entry<String, JsonNode> e : v.properties()) {
          // Flat form: every key but the judge's reply is a variable. Nested: all of them are.
          if (nested || !e.getKey().equals("answer")) {
            values.put(e.getKey(), e.getValue().asString());
          }
        }
        examples.add(new FewShotExample(values, ex.get("answer").asString()));
      }
    }
    return new PromptTemplate(name, kind, str(root, "description", ""), system, template,
        str(root, "output_format", null), examples, vars, source, systemLine, templateLine);
  }

  private static String str(JsonNode root, String key, String dflt) {
    JsonNode n = root.get(key);
    return n == null || n.isNull() ? dflt : n.asString();
  }

  /** 1-based line of the top-level {@code key:}, or 1 when absent. */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The line where the value of {@code key} starts: the next line for block scalars. */
  static int valueLine(String text, String key) {
    int line = lineOf(text, key);
    String[] lines = text.split("\n", -1);
    if (line - 1 < lines.length) {
      String rest = lines[line - 1].substring(Math.min(lines[line - 1].length(), key.length() + 1)).strip();
      if (rest.startsWith("|") || rest.startsWith(">")) {
        return line + 1;
      }
    }
    return line;
  }
}
