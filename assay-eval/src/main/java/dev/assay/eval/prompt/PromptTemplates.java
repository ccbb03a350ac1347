package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds prompt templates by name or path, the way {@code --prompt <name or file>} reads:
 * <ol>
 *   <li>{@code file.jsonl#name}: the named record of a FastChat-style {@code judge_prompts.jsonl};
 *   <li>an existing file: {@code .yaml}/{@code .yml} (our format, see {@link TemplateFile}),
 *       {@code .txt} (the bare user template, of the kind the judge expects) or {@code .jsonl}
 *       (the first record of the expected kind);
 *   <li>otherwise a bundled template name ({@link #bundled()}).
 * </ol>
 * Results are cached per reference (files also by modification time and size), so judges can
 * resolve on every call cheaply.
 *
 * <pre>{@code
 * PromptTemplate t = PromptTemplates.resolve("pairwise", TemplateKind.PAIRWISE);
 * PromptTemplate mt = PromptTemplates.resolve("judge_prompts.jsonl#pair-v2", TemplateKind.PAIRWISE);
 * }</pre>
 */
public final class PromptTemplates {
  private static final String ROOT = "/dev/assay/eval/prompt/templates/";
  private static final Map<String, PromptTemplate> CACHE = new ConcurrentHashMap<>();

  private PromptTemplates() {}

  /** The names of the bundled templates. */
  public static List<String> bundled() {
    String index = resource("index.txt");
    return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /**
   * Resolves {@code ref} (a bundled name or a file, see the class comment) to a template of
   * {@code expected} kind ({@code null}: any kind).
   */
  public static PromptTemplate resolve(String ref, TemplateKind expected) {
    String key = ref + "\0" + (expected == null ? "" : expected.id()) + "\0" + fileStamp(ref);
    return CACHE.computeIfAbsent(key, k -> load(ref, expected));
  }

  private static PromptTemplate load(String ref, TemplateKind expected) {
    int hash = ref.lastIndexOf('#');
    if (hash > 0 && ref.substring(0, hash).endsWith(".jsonl")) {
      Path file = Path.of(ref.substring(0, hash));
      String name = ref.substring(hash + 1);
      PromptTemplate t = FastChatPrompts.load(file).get(name);
      if (t == null) {
        throw new AssayInputException(file + ": no template named '" + name + "'; found "
            + String.join(", ", FastChatPrompts.load(file).keySet()));
      }
      return checkKind(t, expected);
    }
    Path file = Path.of(ref);
    if (Files.isRegularFile(file)) {
      return loadFile(file, expected);
    }
    if (ref.contains("/") || ref.contains("\\") || ref.matches(".*\\.(ya?ml|txt|jsonl)$")) {
      throw new AssayInputException(ref + ": prompt file not found");
    }
    if (!bundled().contains(ref)) {
      throw new AssayInputException("unknown prompt '" + ref + "': not a file and not a bundled template; bundled: "
          + String.join(", ", bundled()));
    }
    String text = resource(ref + ".yaml");
    return TemplateFile.parse(text, "bundled:" + ref + ".yaml", ref, expected,
        sibling -> new TemplateFile.Text("bundled:" + sibling, resource(sibling)));
  }

  /** Loads a template file (YAML, text or FastChat JSONL) as {@code expected} kind. */
  public static PromptTemplate loadFile(Path file, TemplateKind expected) {
    String name = file.getFileName().toString();
    String stem = name.replaceFirst("\\.[^.]*$", "");
    if (name.endsWith(".jsonl")) {
      for (PromptTemplate t : FastChatPrompts.load(file).values()) {
        if (expected == null || t.kind() == expected) {
          return t;
        }
      }
      throw new AssayInputException(file + ": no template of type '" + expected.id() + "'");
    }
    String text = read(file);
    if (name.endsWith(".txt")) {
      if (expected == null) {
        throw new AssayInputException(file + ": a .txt template needs a judge to say its type; use a .yaml file with 'type:'");
      }
      return new PromptTemplate(stem, expected, "", "", text, null, List.of(), List.of(), file.toString(), 1, 1);
    }
    Path dir = file.toAbsolutePath().getParent();
    return TemplateFile.parse(text, file.toString(), stem, expected, sibling -> {
      Path p = dir.resolve(sibling);
      return new TemplateFile.Text(p.toString(), read(p));
    });
  }

  private static PromptTemplate checkKind(PromptTemplate t, TemplateKind expected) {
    if (expected != null && t.kind() != expected) {
      throw new AssayInputException(t.source() + ":" + t.templateLine() + ": this judge needs a '" + expected.id()
          + "' template, '" + t.name() + "' is '" + t.kind().id() + "'");
    }
    return t;
  }

  private static String fileStamp(String ref) {
    String p = ref.contains("#") ? ref.substring(0, ref.lastIndexOf('#')) : ref;
    try {
      Path file = Path.of(p);
      if (Files.isRegularFile(file)) {
        return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
      }
    } catch (IOException | RuntimeException e) {
      return "";
    }
    return "";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static String resource(String name) {
    try (InputStream in = PromptTemplates.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new AssayInputException("bundled:" + name + ": not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException("bundled:" + name + ": cannot read: " + e.getMessage(), e);
    }
  }
}
