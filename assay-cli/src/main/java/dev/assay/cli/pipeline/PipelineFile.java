package dev.assay.cli.pipeline;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes pipeline files ({@code pipeline.yaml}, see docs/pipelines.md): a map {@code
 * steps} of step name to {@code command}, {@code args}, {@code params}, {@code inputs}, {@code
 * out} and {@code outputs}. Unknown keys, wrong shapes and bad names are errors naming {@code file:line}.
 *
 * <pre>{@code
 * Pipeline p = PipelineFile.load(Path.of("pipeline.yaml"));
 * PipelineFile.write(Path.of("out/pipeline.yaml"), List.of(
 *     new StepSpec("validate", "validate", List.of("inputs/chat.jsonl"), Map.of("schema", "openai-chat"), List.of(), "validate")));
 * }</pre>
 */
public final class PipelineFile {
  static final Set<String> TOP_KEYS = Set.of("steps", "description");
  static final Set<String> STEP_KEYS = Set.of("command", "args", "params", "inputs", "out", "outputs", "description");
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final YAMLMapper YAML = YamlPointers.YAML;
  private static final YAMLMapper WRITER = YAMLMapper.builder()
      .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES)
      .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .build();

  private PipelineFile() {}

  /** Loads {@code file}; every problem is an {@link AssayInputException} naming {@code file:line}. */
  public static Pipeline load(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs)) {
      throw new AssayInputException(file + ": no such pipeline file");
    }
    String text;
    try {
      text = Files.readString(abs, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(text, abs);
  }

  /** Parses pipeline {@code text} as if read from {@code file}. */
  public static Pipeline parse(String text, Path file) {
    Map<String, Integer> lines = YamlPointers.index(text);
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new AssayInputException(file + ":" + line + ": not valid YAML: " + e.getOriginalMessage().split("\n")[0], e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new AssayInputException(file + ":1: the pipeline file is empty (it needs 'steps:')");
    }
    if (!root.isObject()) {
      throw new AssayInputException(file + ":1: a pipeline is a map with 'steps:', found " + kind(root));
    }
    for (String key : root.propertyNames()) {
      if (!TOP_KEYS.contains(key)) {
        throw err(file, lines, "/" + key, "unknown key '" + key + "' (a pipeline has: steps, description)");
      }
    }
    JsonNode steps = root.get("steps");
    if (steps == null || !steps.isObject() || steps.isEmpty()) {
      throw err(file, lines, "/steps", "'steps:' must be a map of step name to step, with at least one step");
    }
    Map<String, StepSpec> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : steps.properties()) {
      out.put(e.getKey(), step(file, lines, e.getKey(), e.getValue()));
    }
    return new Pipeline(file, out);
  }

  private static StepSpec step(Path file, Map<String, Integer> lines, String name, JsonNode node) {
    String at = "/steps/" + name;
    if (!NAME.matcher(name).matches()) {
      throw err(file, lines, at, "step name '" + name + "': use letters, digits, '_' and '-' (starting with a letter or digit)");
    }
    if (!node.isObject()) {
      throw err(file, lines, at, "step '" + name + "' must be a map with 'command:', found " + kind(node));
    }
    for (String key : node.propertyNames()) {
      if (!STEP_KEYS.contains(key)) {
        throw err(file, lines, at + "/" + key, "step '" + name + "': unknown key '" + key
            + "' (a step has: command, args, params, inputs, out, outputs, description)");
      }
    }
    JsonNode command = node.get("command");
    if (command == null || !command.isString() || command.asString().isBlank()) {
      throw err(file, lines, at, "step '" + name + "' needs 'command:' (an Assay command such as validate, qa, judge)");
    }
    List<String> args = strings(file, lines, at + "/args", node.get("args"), name);
    List<String> inputs = strings(file, lines, at + "/inputs", node.get("inputs"), name);
    List<String> outputs = strings(file, lines, at + "/outputs", node.get("outputs"), name);
    Map<String, Object> params = new LinkedHashMap<>();
    JsonNode p = node.get("params");
    if (p != null && !p.isNull()) {
      if (!p.isObject()) {
        throw err(file, lines, at + "/params", "step '" + name + "': 'params:' must be a map of option name to value");
      }
      for (Map.Entry<String, JsonNode> e : p.properties()) {
        params.put(e.getKey(), value(file, lines, at + "/params/" + e.getKey(), e.getValue(), name, e.getKey()));
      }
    }
    JsonNode o = node.get("out");
    if (o != null && !o.isNull() && !o.isString()) {
      throw err(file, lines, at + "/out", "step '" + name + "': 'out:' must be a path, found " + kind(o));
    }
    Map<String, Integer> stepLines = new HashMap<>();
    String prefix = at + "/";
    lines.forEach((ptr, line) -> {
      if (ptr.equals(at)) {
        stepLines.put("", line);
      } else if (ptr.startsWith(prefix)) {
        stepLines.put(ptr.substring(prefix.length()), line);
      }
    });
    return new StepSpec(name, command.asString().trim(), args, params, inputs, o == null || o.isNull() ? null : o.asString(), outputs,
        stepLines);
  }

  private static List<String> strings(Path file, Map<String, Integer> lines, String at, JsonNode node, String step) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isValueNode()) {
      out.add(node.asString());
      return out;
    }
    if (!node.isArray()) {
      throw err(file, lines, at, "step '" + step + "': expected a list of paths or values, found " + kind(node));
    }
    int i = 0;
    for (JsonNode v : node) {
      if (!v.isValueNode() || v.isNull()) {
        throw err(file, lines, at + "/" + i, "step '" + step + "': expected a path or value, found " + kind(v));
      }
      out.add(v.asString());
      i++;
    }
    return out;
  }

  private static Object value(Path file, Map<String, Integer> lines, String at, JsonNode v, String step, String key) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isValueNode() && !v.isNull()) {
      return v.asString();
    }
    if (v.isArray()) {
      return strings(file, lines, at, v, step);
    }
    if (v.isObject()) {
      Map<String, String> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        if (!e.getValue().isValueNode() || e.getValue().isNull()) {
          throw err(file, lines, at + "/" + e.getKey(), "step '" + step + "': param '" + key + "." + e.getKey() + "' must be a scalar");
        }
        m.put(e.getKey(), e.getValue().asString());
      }
      return m;
    }
    throw err(file, lines, at, "step '" + step + "': param '" + key + "' has no value (write true for a flag)");
  }

  /** Writes {@code steps} as a pipeline file at {@code file} (folders created), in the order given. */
  public static Path write(Path file, List<StepSpec> steps) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> all = new LinkedHashMap<>();
    for (StepSpec s : steps) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("command", s.command());
      if (!s.args().isEmpty()) {
        m.put("args", s.args());
      }
      if (!s.params().isEmpty()) {
        m.put("params", s.params());
      }
      if (!s.inputs().isEmpty()) {
        m.put("inputs", s.inputs());
      }
      if (s.out() != null) {
        m.put("out", s.out());
      }
      if (!s.outputs().isEmpty()) {
        m.put("outputs", s.outputs());
      }
      if (all.put(s.name(), m) != null) {
        throw new IllegalArgumentException("two steps named " + s.name());
      }
    }
    root.put("steps", all);
    String header = "# An Assay pipeline (docs/pipelines.md). Run it with: ./assay run " + file.getFileName() + "\n"
        + "# ${steps.NAME} is the output of step NAME; paths are relative to this file's folder.\n";
    try {
      Path abs = file.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      String body = WRITER.writeValueAsString(root);
      if (body.startsWith("---\n")) {
        body = body.substring(4);
      }
      Files.writeString(abs, header + body, StandardCharsets.UTF_8);
      return abs;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static AssayInputException err(Path file, Map<String, Integer> lines, String pointer, String message) {
    return new AssayInputException(file + ":" + YamlPointers.lineOf(lines, pointer) + ": " + message);
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "a list" : n.isObject() ? "a map" : n.isNull() ? "nothing" : "'" + n.asString() + "'";
  }
}
