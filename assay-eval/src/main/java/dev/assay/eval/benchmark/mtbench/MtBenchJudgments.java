package dev.assay.eval.benchmark.mtbench;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads MT-Bench judgments in FastChat's {@code model_judgment} JSONL formats, one kind per line:
 *
 * <ul>
 *   <li>single: {@code {"question_id", "model", "turn", "score", "judge"}}; a score of -1 or null
 *       means the judge's verdict did not parse (kept as ungraded);
 *   <li>pairwise: {@code {"question_id", "model_1", "model_2", "turn", "g1_winner", "g2_winner",
 *       "judge"}} with winners {@code model_1}, {@code model_2}, {@code tie} or {@code error}.
 * </ul>
 *
 * {@code judge} may be FastChat's {@code [model, prompt name]} pair or a string. For lines written
 * by {@code assay judge --mode single}: {@code id} stands in for a missing {@code question_id},
 * {@code model_id} or {@code generator} for {@code model}, a null score is an ungraded answer, and
 * a missing {@code turn} is turn 1. Every line becomes
 * exactly one record or an {@link AssayInputException} naming {@code file:line} and the field.
 *
 * <pre>{@code
 * MtBenchJudgments j = MtBenchJudgments.read(List.of(Path.of("gpt-4_single.jsonl")), questions);
 * SingleGradeScores.of(j.grades(), questions);
 * }</pre>
 *
 * @param grades single-answer grades
 * @param verdicts pairwise verdicts
 * @param lines records read (grades + verdicts)
 */
public record MtBenchJudgments(List<GradedAnswer> grades, List<PairwiseVerdict> verdicts, long lines) {
  /** Copies. */
  public MtBenchJudgments {
    grades = List.copyOf(grades);
    verdicts = List.copyOf(verdicts);
  }

  /**
   * Reads the files.
   *
   * @param files JSONL files (gzip detected)
   * @param questions when not null, every {@code question_id} and turn must be in it
   */
  public static MtBenchJudgments read(List<Path> files, MtBenchQuestions questions) {
    List<GradedAnswer> grades = new ArrayList<>();
    List<PairwiseVerdict> verdicts = new ArrayList<>();
    long n = 0;
    for (Path f : files) {
      try (DatasetReader in = Datasets.open(f, "jsonl")) {
        for (InputRecord r; (r = in.next()) != null; ) {
          if (!r.parsed()) {
            throw new AssayInputException(r.error());
          }
          JsonNode v = r.value();
          String where = r.location();
          if (!v.isObject()) {
            throw new AssayInputException(where + ": expected a JSON object, found " + v.getNodeType());
          }
          String id = MtBenchQuestions.id(v.has("question_id") || !v.has("id") ? v : idAsQuestionId(v), where);
          int turn = turn(v, where);
          if (questions != null) {
            MtBenchQuestion q = questions.get(id);
            if (q == null) {
              throw new AssayInputException(where + ": question_id: expected a question of the question file, found " + id);
            }
            if (turn > q.turns().size()) {
              throw new AssayInputException(
                  where + ": turn: expected 1.." + q.turns().size() + " for question " + id + ", found " + turn);
            }
          }
          String judge = judge(v.get("judge"));
          if (v.has("model_1") || v.has("g1_winner")) {
            verdicts.add(
                new PairwiseVerdict(id, string(v, "model_1", where), other(v, where), turn,
                    winner(v, "g1_winner", where, false), winner(v, "g2_winner", where, true), judge));
          } else {
            String model = v.has("model") ? "model" : v.has("model_id") ? "model_id" : v.has("generator") ? "generator" : "model";
            grades.add(new GradedAnswer(id, string(v, model, where), turn, score(v, where), judge, null));
          }
          n++;
        }
      }
    }
    return new MtBenchJudgments(grades, verdicts, n);
  }

  /** {@code assay judge} output keeps the input's {@code id}: read it as the question id. */
  private static JsonNode idAsQuestionId(JsonNode v) {
    tools.jackson.databind.node.ObjectNode copy = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    copy.set("question_id", v.get("id"));
    return copy;
  }

  private static int turn(JsonNode v, String where) {
    JsonNode t = v.get("turn");
    if (t == null || t.isNull()) {
      return 1;
    }
    if (!t.isIntegralNumber() || t.intValue() < 1) {
      throw new AssayInputException(where + ": turn: expected an integer >= 1, found " + t);
    }
    return t.intValue();
  }

  private static double score(JsonNode v, String where) {
    JsonNode s = v.get("score");
    if (s == null || s.isNull()) {
      return Double.NaN;
    }
    if (!s.isNumber() || !Double.isFinite(s.doubleValue())) {
      throw new AssayInputException(where + ": score: expected a number (-1 for no grade), found " + s);
    }
    return s.doubleValue() == -1 ? Double.NaN : s.doubleValue();
  }

  private static String other(JsonNode v, String where) {
    String a = string(v, "model_1", where);
    String b = string(v, "model_2", where);
    if (a.equals(b)) {
      throw new AssayInputException(where + ": model_2: expected a model other than model_1, found \"" + b + "\" twice");
    }
    return b;
  }

  private static PairwiseVerdict.Winner winner(JsonNode v, String field, String where, boolean optional) {
    JsonNode w = v.get(field);
    if (w == null || w.isNull()) {
      if (optional) {
        return null;
      }
      throw new AssayInputException(where + ": " + field + ": expected model_1, model_2, tie or error, found no value");
    }
    PairwiseVerdict.Winner p = w.isString() ? PairwiseVerdict.Winner.parse(w.stringValue()) : null;
    if (p == null) {
      throw new AssayInputException(where + ": " + field + ": expected model_1, model_2, tie or error, found " + w);
    }
    return p;
  }

  private static String string(JsonNode v, String field, String where) {
    JsonNode s = v.get(field);
    if (s == null || !s.isString() || s.stringValue().isBlank()) {
      throw new AssayInputException(
          where + ": " + field + ": expected a non-empty string, found " + (s == null ? "no value" : s.toString()));
    }
    return s.stringValue();
  }

  private static String judge(JsonNode j) {
    if (j == null || j.isNull()) {
      return null;
    }
    if (j.isArray()) {
      List<String> parts = new ArrayList<>();
      j.forEach(p -> parts.add(p.asString()));
      return String.join("/", parts);
    }
    return j.asString();
  }
}
