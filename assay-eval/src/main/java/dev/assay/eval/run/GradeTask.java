package dev.assay.eval.run;

import dev.assay.core.format.Fields;
import dev.assay.eval.judge.Grade;
import dev.assay.eval.judge.LlmJudge;
import dev.assay.eval.judge.RubricGrade;
import dev.assay.eval.judge.SingleItem;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ModelCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link ItemTask} of {@code assay judge --mode single} and {@code --mode rubric}: grades one
 * answer per row. A row holds either a single turn ({@code instruction} + {@code output}) or
 * several ({@code turns} + {@code answers}, MT-Bench style), an optional {@code reference}
 * (string, or one per turn) and {@code category}; other fields are copied to the result, which
 * adds {@code score} (NaN written as null), {@code status}, {@code method}, the raw verdicts and,
 * for rubric judges, {@code criteria} with a grade per criterion and {@code overall}.
 *
 * <pre>{@code
 * ItemTask task = new GradeTask(SingleScoreJudge.defaults(), model);
 * }</pre>
 *
 * @param judge a judge returning {@link Grade} or {@link RubricGrade}
 * @param model the judge model
 * @param variants the judge per item shape (multi-turn, reference); {@code judge} for every item
 *     when null
 */
public record GradeTask(LlmJudge<SingleItem, ?> judge, ChatModel model, JudgeVariants<LlmJudge<SingleItem, ?>> variants)
    implements ItemTask {

  /** Input fields this task reads; every other field is copied to the result line. */
  public static final Set<String> READ =
      Set.of("id", "instruction", "output", "turns", "answers", "reference", "category");

  public GradeTask {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(model, "model");
    variants = variants == null ? JudgeVariants.only(judge) : variants;
  }

  /** One judge for every item. */
  public GradeTask(LlmJudge<SingleItem, ?> judge, ChatModel model) {
    this(judge, model, null);
  }

  @Override
  public List<String> problems(JsonNode row) {
    List<String> problems = new ArrayList<>();
    boolean multi = row.has("turns");
    int turns = -1;
    if (multi) {
      turns = stringArrayProblem(row, "turns", problems);
      int answers = stringArrayProblem(row, "answers", problems);
      if (turns > 0 && answers >= 0 && answers != turns) {
        problems.add("field 'answers': expected one answer per turn (" + turns + "), found " + answers);
      }
    } else {
      for (String f : List.of("instruction", "output")) {
        JsonNode v = row.get(f);
        if (v == null || !v.isString()) {
          problems.add("field '" + f + "': expected a string, found " + Fields.describe(v));
        }
      }
    }
    JsonNode ref = row.get("reference");
    if (ref != null && !ref.isNull() && !ref.isString() && !ref.isArray()) {
      problems.add("field 'reference': expected a string, a list of strings or null, found " + Fields.describe(ref));
    }
    return problems;
  }

  @Override
  public ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException {
    SingleItem item = item(row);
    Object result = JudgeExchanges.judge(variants.choose(item.turns().size(), !item.reference().isEmpty()), item, model);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : row.properties()) {
      if (!READ.contains(field.getKey())) {
        out.set(field.getKey(), field.getValue());
      }
    }
    if (row.has("category")) {
      out.set("category", row.get("category"));
    }
    if (!item.reference().isEmpty()) {
      out.put("reference_used", true);
    }
    if (result instanceof Grade g) {
      putGrade(out, g);
      out.put("judge", g.judge());
    } else if (result instanceof RubricGrade r) {
      out.put("judge", r.judge());
      out.put("rubric", r.rubric());
      putNumber(out, "overall", r.overall());
      out.put("status", r.status().name().toLowerCase());
      ObjectNode criteria = out.putObject("criteria");
      r.criteria().forEach((name, g) -> putGrade(criteria.putObject(name), g));
    } else {
      throw new IllegalStateException("judge " + judge.name() + " returned " + result.getClass().getSimpleName());
    }
    return out;
  }

  static SingleItem item(JsonNode row) {
    String id = RunJournal.key(row.get("id"));
    List<String> turns;
    List<String> answers;
    if (row.has("turns")) {
      turns = strings(row.get("turns"));
      answers = strings(row.get("answers"));
    } else {
      turns = List.of(row.get("instruction").asString());
      answers = List.of(row.get("output").asString());
    }
    JsonNode ref = row.get("reference");
    List<String> reference = ref == null || ref.isNull() ? List.of() : ref.isArray() ? strings(ref) : List.of(ref.asString());
    String category = row.path("category").asString("");
    return new SingleItem(id, turns, answers, reference, category, Map.of());
  }

  private static void putGrade(ObjectNode out, Grade g) {
    putNumber(out, "score", g.score());
    out.put("status", g.status().name().toLowerCase());
    out.put("method", g.method());
    ArrayNode raw = out.putArray("raw");
    g.raw().forEach(raw::add);
    if (!g.notes().isEmpty()) {
      ArrayNode notes = out.putArray("notes");
      g.notes().forEach(notes::add);
    }
    if (g.raw().size() > 1) {
      out.put("agreement", g.agreement());
    }
  }

  private static void putNumber(ObjectNode out, String field, double v) {
    if (Double.isNaN(v)) {
      out.putNull(field);
    } else {
      out.put(field, v);
    }
  }

  private static int stringArrayProblem(JsonNode row, String field, List<String> problems) {
    JsonNode v = row.get(field);
    if (v == null || !v.isArray() || v.isEmpty()) {
      problems.add("field '" + field + "': expected a non-empty list of strings, found " + Fields.describe(v));
      return -1;
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isString()) {
        problems.add("field '" + field + "[" + i + "]': expected a string, found " + Fields.describe(v.get(i)));
        return -1;
      }
    }
    return v.size();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

}
