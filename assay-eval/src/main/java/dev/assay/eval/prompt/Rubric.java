package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A set of criteria to grade answers on, loaded from YAML (a bundled name or a file):
 * <pre>{@code
 * name: default
 * description: General-purpose answer quality.
 * criteria:
 *   - name: helpfulness
 *     definition: How far the answer does what the user asked.
 *     scale: [1, 5]
 *     levels: {1: "Ignores the request.", 5: "Fully resolves it."}
 *     examples:                      # optional few-shot for this criterion
 *       - variables: {instruction: "2+2?", answer: "4"}
 *         answer: "Answers exactly what was asked. Score: [[5]]"
 * }</pre>
 *
 * <pre>{@code
 * Rubric r = Rubric.resolve("default");
 * r.criteria().get(0).name();   // "helpfulness"
 * }</pre>
 *
 * @param name the rubric's name
 * @param description one line for people
 * @param criteria the criteria, in order (names unique)
 * @param source where it was loaded from
 */
public record Rubric(String name, String description, List<Criterion> criteria, String source) {
  private static final YAMLMapper YAML = new YAMLMapper();

  public Rubric {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new AssayInputException(source + ": rubric '" + name + "' has no criteria");
    }
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (!seen.add(c.name())) {
        throw new AssayInputException(source + ": rubric '" + name + "': criterion '" + c.name() + "' appears twice");
      }
    }
  }

  private static final Map<String, Rubric> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A bundled rubric name ({@code default}) or a YAML file path; cached per reference (files also
   * by modification time and size, so an edited file is read again).
   */
  public static Rubric resolve(String ref) {
    return CACHE.computeIfAbsent(ref + "\0" + stamp(ref), k -> load(ref));
  }

  private static String stamp(String ref) {
    try {
      Path file = Path.of(ref);
      return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file) : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static Rubric load(String ref) {
    Path file = Path.of(ref);
    if (Files.isRegularFile(file)) {
      try {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
      } catch (IOException e) {
        throw new AssayInputException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    try (InputStream in = Rubric.class.getResourceAsStream("/dev/assay/eval/prompt/rubrics/" + ref + ".yaml")) {
      if (in == null) {
        throw new AssayInputException("unknown rubric '" + ref + "': not a file and not a bundled rubric (bundled: default)");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled:rubrics/" + ref + ".yaml");
    } catch (IOException e) {
      throw new AssayInputException("bundled:rubrics/" + ref + ".yaml: cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses rubric YAML; {@code source} names the place in errors. */
  public static Rubric parse(String text, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new AssayInputException(source + ":" + line + ": malformed YAML: " + e.getOriginalMessage().split("\n")[0], e);
    }
    if (root == null || !root.has("criteria") || !root.get("criteria").isArray()) {
      throw new AssayInputException(source + ":1: expected a mapping with a 'criteria' list");
    }
    List<Criterion> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root.get("criteria")) {
      i++;
      String where = source + ":" + criterionLine(text, i) + ": criteria[" + i + "]";
      if (!c.has("name") || !c.has("definition")) {
        throw new AssayInputException(where + ": expected 'name' and 'definition'");
      }
      int min = 1;
      int max = 10;
      if (c.has("scale")) {
        JsonNode s = c.get("scale");
        if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()) {
          throw new AssayInputException(where + ": scale: expected [min, max] integers, found " + s);
        }
        min = s.get(0).asInt();
        max = s.get(1).asInt();
      }
      Map<Integer, String> levels = new LinkedHashMap<>();
      if (c.has("levels")) {
        for (Map.Entry<String, JsonNode> e : c.get("levels").properties()) {
          try {
            levels.put(Integer.parseInt(e.getKey().strip()), e.getValue().asString());
          } catch (NumberFormatException ex) {
            throw new AssayInputException(where + ": levels: expected integer keys, found '" + e.getKey() + "'");
          }
        }
      }
      List<FewShotExample> examples = new ArrayList<>();
      if (c.has("examples")) {
        int k = 0;
        for (JsonNode ex : c.get("examples")) {
          k++;
          if (!ex.has("answer")) {
            throw new AssayInputException(where + ": examples[" + k + "]: missing 'answer'");
          }
          Map<String, String> values = new LinkedHashMap<>();
          JsonNode v = ex.has("variables") ? ex.get("variables") : ex;
          for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getKey().equals("answer") || ex.has("variables")) {
              values.put(e.getKey(), e.getValue().asString());
            }
          }
          examples.add(new FewShotExample(values, ex.get("answer").asString()));
        }
      }
      try {
        out.add(new Criterion(c.get("name").asString(), c.get("definition").asString().strip(), min, max, levels, examples));
      } catch (IllegalArgumentException e) {
        throw new AssayInputException(where + ": " + e.getMessage(), e);
      }
    }
    String name = root.has("name") ? root.get("name").asString() : "rubric";
    String desc = root.has("description") ? root.get("description").asString() : "";
    return new Rubric(name, desc, out, source);
  }

  private static int criterionLine(String text, int index) {
    String[] lines = text.split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].stripLeading().startsWith("- ") && lines[i].contains("name:")) {
        if (++seen == index) {
          return i + 1;
        }
      }
    }
    return 1;
  }
}
