package dev.assay.eval.benchmark.mtbench;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The MT-Bench question set as FastChat ships it: {@code question.jsonl} ({@code question_id},
 * {@code category}, {@code turns}, optional {@code reference}) and, optionally, the reference
 * answers ({@code reference_answer/gpt-4.jsonl}: {@code question_id}, {@code choices[0].turns}).
 * Errors name {@code file:line}, the field, what was expected and what was found.
 *
 * <pre>{@code
 * MtBenchQuestions q = MtBenchQuestions.load(Path.of("question.jsonl"), Path.of("reference_answer/gpt-4.jsonl"));
 * q.questions().size();   // 80
 * q.categories();         // [writing, roleplay, reasoning, math, coding, extraction, stem, humanities]
 * }</pre>
 *
 * @param questions by id, in file order
 */
public record MtBenchQuestions(Map<String, MtBenchQuestion> questions) {
  /** Copies, keeping the order. */
  public MtBenchQuestions {
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
  }

  /** Loads the questions and, when {@code referenceAnswers} is not null, attaches the references. */
  public static MtBenchQuestions load(Path questionFile, Path referenceAnswers) {
    Map<String, MtBenchQuestion> byId = new LinkedHashMap<>();
    forEach(
        questionFile,
        (v, where) -> {
          String id = id(v, where);
          String category = string(v, "category", where);
          List<String> turns = strings(v.get("turns"), "turns", where, true);
          List<String> reference = v.hasNonNull("reference") ? strings(v.get("reference"), "reference", where, false) : List.of();
          if (byId.put(id, new MtBenchQuestion(id, category, turns, reference, List.of())) != null) {
            throw new AssayInputException(where + ": question_id: expected unique ids, found " + id + " again");
          }
        });
    if (referenceAnswers != null) {
      forEach(
          referenceAnswers,
          (v, where) -> {
            String id = id(v, where);
            MtBenchQuestion q = byId.get(id);
            if (q == null) {
              throw new AssayInputException(
                  where + ": question_id: expected an id of " + questionFile + ", found " + id);
            }
            JsonNode choices = v.get("choices");
            if (choices == null || !choices.isArray() || choices.isEmpty() || !choices.get(0).isObject()) {
              throw new AssayInputException(where + ": choices: expected a non-empty array of {\"turns\": [...]}");
            }
            byId.put(id, q.withReferenceAnswers(strings(choices.get(0).get("turns"), "choices[0].turns", where, true)));
          });
    }
    return new MtBenchQuestions(byId);
  }

  /** The question with this id, or {@code null}. */
  public MtBenchQuestion get(String id) {
    return questions.get(id);
  }

  /** The categories in order of first appearance. */
  public List<String> categories() {
    Set<String> c = new LinkedHashSet<>();
    questions.values().forEach(q -> c.add(q.category()));
    return List.copyOf(c);
  }

  /** The largest number of turns of any question (2 for MT-Bench). */
  public int maxTurns() {
    return questions.values().stream().mapToInt(q -> q.turns().size()).max().orElse(0);
  }

  private static void forEach(Path file, BiConsumer<JsonNode, String> action) {
    long n = 0;
    try (DatasetReader in = Datasets.open(file, "jsonl")) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new AssayInputException(r.error());
        }
        if (!r.value().isObject()) {
          throw new AssayInputException(r.location() + ": expected a JSON object, found " + r.value().getNodeType());
        }
        action.accept(r.value(), r.location());
        n++;
      }
    }
    if (n == 0) {
      throw new AssayInputException(file + ": expected at least one record, found an empty file");
    }
  }

  static String id(JsonNode v, String where) {
    JsonNode id = v.get("question_id");
    if (id == null || !(id.isIntegralNumber() || id.isString())) {
      throw new AssayInputException(
          where + ": question_id: expected an integer or string, found " + (id == null ? "no value" : id.toString()));
    }
    return id.asString();
  }

  private static String string(JsonNode v, String field, String where) {
    JsonNode s = v.get(field);
    if (s == null || !s.isString()) {
      throw new AssayInputException(
          where + ": " + field + ": expected a string, found " + (s == null ? "no value" : s.toString()));
    }
    return s.stringValue();
  }

  private static List<String> strings(JsonNode a, String field, String where, boolean nonEmpty) {
    if (a == null || !a.isArray() || (nonEmpty && a.isEmpty())) {
      throw new AssayInputException(
          where + ": " + field + ": expected a " + (nonEmpty ? "non-empty " : "") + "array of strings, found "
              + (a == null ? "no value" : a.getNodeType().toString()));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode t = a.get(i);
      if (!t.isString()) {
        // FastChat's question file has a few numeric references; keep their text.
        if (!t.isValueNode() || t.isNull()) {
          throw new AssayInputException(where + ": " + field + "[" + i + "]: expected a string, found " + t.getNodeType());
        }
        out.add(t.asString());
      } else {
        out.add(t.stringValue());
      }
    }
    return out;
  }
}
