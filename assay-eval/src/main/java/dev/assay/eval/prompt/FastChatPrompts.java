package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads FastChat's {@code judge_prompts.jsonl} as it is published (fields {@code name},
 * {@code type}, {@code system_prompt}, {@code prompt_template}, {@code description},
 * {@code category}, {@code output_format}), so users can judge with the exact MT-Bench prompts.
 * FastChat's placeholders ({@code question}, {@code answer_a}, {@code ref_answer_1},
 * {@code answer_b_2} ...) are all in our {@link Vocabulary}. Each record is one physical line,
 * so errors name that line.
 *
 * <pre>{@code
 * Map<String, PromptTemplate> all = FastChatPrompts.load(Path.of("judge_prompts.jsonl"));
 * PromptTemplate pair = all.get("pair-v2");
 * }</pre>
 */
public final class FastChatPrompts {
  private FastChatPrompts() {}

  /** Every template of the file by name, in file order. */
  public static Map<String, PromptTemplate> load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    Map<String, PromptTemplate> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(line);
      } catch (JacksonException e) {
        throw new AssayInputException(Json.describe(file.toString(), lineNo, e), e);
      }
      String where = file + ":" + lineNo;
      String name = required(node, "name", where);
      String type = required(node, "type", where);
      TemplateKind kind = switch (type) {
        case "pairwise" -> TemplateKind.PAIRWISE;
        case "single" -> TemplateKind.SINGLE;
        default -> throw new AssayInputException(where + ": type: expected pairwise or single, found '" + type + "'");
      };
      PromptTemplate t = new PromptTemplate(name, kind, text(node, "description"), text(node, "system_prompt"),
          required(node, "prompt_template", where), text(node, "output_format"), List.of(), List.of(),
          file.toString(), lineNo, lineNo);
      out.put(name, t);
    }
    if (out.isEmpty()) {
      throw new AssayInputException(file + ":1: no templates in the file");
    }
    return out;
  }

  private static String required(JsonNode node, String key, String where) {
    JsonNode v = node.get(key);
    if (v == null || !v.isString()) {
      throw new AssayInputException(where + ": " + key + ": expected a string, found " + (v == null ? "nothing" : v.getNodeType()));
    }
    return v.asString();
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? "" : v.asString();
  }
}
