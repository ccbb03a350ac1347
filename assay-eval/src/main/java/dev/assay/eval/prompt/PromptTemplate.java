package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import dev.assay.core.manifest.Sha256;
import dev.assay.core.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A judge prompt: an optional system text, a user template with {@code {placeholders}}, the verdict
 * format and few-shot examples. Loaded from a user-editable file by {@link PromptTemplates}; every
 * placeholder is checked against {@link Vocabulary} (plus the file's own {@code variables}) when
 * the template is built, so a typo fails at load time naming {@code file:line}.
 *
 * <pre>{@code
 * PromptTemplate t = PromptTemplates.resolve("pairwise", TemplateKind.PAIRWISE);
 * List<Message> msgs = t.render(Map.of("instruction", "2+2?", "output_a", "4", "output_b", "5"), "q1");
 * }</pre>
 *
 * @param name the template's name (file stem or {@code name:} field)
 * @param kind what it asks for
 * @param description one line for people
 * @param system system message text (may contain placeholders), empty for none
 * @param template user message text
 * @param outputFormat the verdict format in words, e.g. {@code [[A]]} or {@code [[rating]]}; used by
 *     the repair request
 * @param examples few-shot examples, rendered before the real item
 * @param variables extra placeholder names this template declares (item fields beyond the
 *     vocabulary)
 * @param source where it came from: a file path or {@code bundled:name}
 * @param systemLine the line of {@code source} where the system text starts
 * @param templateLine the line of {@code source} where the template text starts
 */
public record PromptTemplate(
    String name,
    TemplateKind kind,
    String description,
    String system,
    String template,
    String outputFormat,
    List<FewShotExample> examples,
    List<String> variables,
    String source,
    int systemLine,
    int templateLine) {

  public PromptTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
    system = system == null ? "" : system;
    Objects.requireNonNull(template, "template");
    outputFormat = outputFormat == null || outputFormat.isBlank() ? defaultFormat(kind) : outputFormat;
    examples = examples == null ? List.of() : List.copyOf(examples);
    variables = variables == null ? List.of() : List.copyOf(variables);
    source = source == null ? "<inline>" : source;
    if (template.isBlank()) {
      throw new AssayInputException(source + ":" + templateLine + ": template '" + name + "' has an empty template text");
    }
    check(system, systemLine, kind, variables, source, name);
    check(template, templateLine, kind, variables, source, name);
  }

  /** A template built in code, with no file behind it. */
  public static PromptTemplate inline(String name, TemplateKind kind, String system, String template) {
    return new PromptTemplate(name, kind, "", system, template, null, List.of(), List.of(), "inline:" + name, 1, 1);
  }

  /** The same template with {@code more} few-shot examples after its own. */
  public PromptTemplate withExtraExamples(List<FewShotExample> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<FewShotExample> all = new ArrayList<>(examples);
    all.addAll(more);
    return new PromptTemplate(name, kind, description, system, template, outputFormat, all, variables, source,
        systemLine, templateLine);
  }

  /** The default verdict format of {@code kind}, in the words the repair request uses. */
  public static String defaultFormat(TemplateKind kind) {
    return switch (kind) {
      case PAIRWISE -> "[[A]] if A is better, [[B]] if B is better, [[C]] for a tie";
      case SINGLE, RUBRIC -> "[[rating]], for example: Rating: [[5]]";
      case PAIRWISE_LOGPROB -> "m or M";
    };
  }

  /** Every placeholder name used by the system text and template, without duplicates. */
  public Set<String> placeholders() {
    Set<String> out = new java.util.LinkedHashSet<>();
    Placeholders.scan(system).forEach(f -> out.add(f.name()));
    Placeholders.scan(template).forEach(f -> out.add(f.name()));
    return out;
  }

  /**
   * The chat messages for one item: system (if any), then each few-shot example as a user turn
   * and the example's answer as an assistant turn, then the item itself.
   *
   * @throws AssayInputException naming {@code source:line} and the item when a placeholder has no
   *     value
   */
  public List<Message> render(Map<String, String> values, String itemId) {
    List<Message> out = new ArrayList<>();
    if (!system.isBlank()) {
      out.add(Message.system(fill(system, systemLine, values, itemId)));
    }
    for (int i = 0; i < examples.size(); i++) {
      FewShotExample ex = examples.get(i);
      Map<String, String> merged = new java.util.HashMap<>(values);
      merged.putAll(ex.variables());
      out.add(Message.user(fill(template, templateLine, merged, itemId + " (few-shot example " + (i + 1) + ")")));
      out.add(Message.assistant(ex.answer()));
    }
    out.add(Message.user(fill(template, templateLine, values, itemId)));
    return out;
  }

  /** SHA-256 of everything that shapes the prompt, for run manifests. */
  public String sha256() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind.id()).append('\0').append(system).append('\0').append(template).append('\0').append(outputFormat);
    for (FewShotExample ex : examples) {
      sb.append('\0').append(new java.util.TreeMap<>(ex.variables())).append('\0').append(ex.answer());
    }
    return Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String fill(String text, int baseLine, Map<String, String> values, String itemId) {
    for (Placeholders.Found f : Placeholders.scan(text)) {
      if (values.get(f.name()) == null) {
        throw new AssayInputException(
            source + ":" + lineIn(source, baseLine, f.line()) + ": template '" + name + "' needs {" + f.name()
                + "} but item '" + itemId + "' has no value for it");
      }
    }
    return Placeholders.fill(text, values);
  }

  /**
   * Fails naming {@code source:line} when {@code text} uses a placeholder that {@code kind} does
   * not know and {@code declared} does not list.
   */
  static void check(String text, int baseLine, TemplateKind kind, List<String> declared, String source, String name) {
    for (Placeholders.Found f : Placeholders.scan(text)) {
      if (!Vocabulary.known(kind, f.name()) && !declared.contains(f.name())) {
        throw new AssayInputException(
            source + ":" + lineIn(source, baseLine, f.line()) + ": unknown placeholder {" + f.name() + "} in template '"
                + name + "' (type " + kind.id() + "); expected one of " + Vocabulary.describe(kind)
                + ", or declare it under 'variables:'");
      }
    }
  }

  /** A JSONL record is one physical line whatever its text holds; other sources count newlines. */
  private static int lineIn(String source, int baseLine, int relative) {
    return source.endsWith(".jsonl") ? baseLine : baseLine + relative - 1;
  }
}
