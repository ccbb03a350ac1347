package dev.assay.eval.run;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.AnswerPair;
import dev.assay.core.format.PairFormats;
import dev.assay.core.manifest.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code assay judge} reads, whatever wrote it: the {@link RowAdapter}s that turn every
 * format Assay knows into the rows of {@link PairwiseJudgeTask} and {@link GradeTask}.
 *
 * <ul>
 *   <li>Pairwise: any format of {@link PairFormats} (pair runs, prompt/chosen/rejected, hh-rlhf
 *       transcripts, AlpacaEval annotations) becomes {@code {"id", "instruction", "output_a",
 *       "output_b"}} plus {@code item_id}, {@code model_a}, {@code model_b} when known, {@code
 *       human: "a"} for preference data (its chosen answer is {@code a}) and {@code
 *       annotation_preference} for an AlpacaEval annotation's own verdict. Rows already in that
 *       shape pass unchanged.
 *   <li>Single (and rubric): {@code assay generate}'s MT-Bench rows ({@code turns} + {@code
 *       outputs}) become one row per turn, FastChat's way: id {@code "<question_id>#<turn>"},
 *       {@code question_id}, {@code turn}, {@code model}, the turns and answers up to that turn,
 *       and the question's {@code reference} (up to that turn) only in the categories FastChat
 *       grades against one ({@link #REFERENCE_CATEGORIES}). Other rows pass unchanged.
 * </ul>
 *
 * A record without an id gets a stable one derived from its content ({@link
 * AnswerPair#derivedId()}; repeats numbered), so a resumed run finds its finished rows again.
 *
 * <pre>{@code
 * RowAdapter a = JudgeInputs.pairwise();
 * List<JsonNode> rows = a.rows(hhRlhfRecord, "test.jsonl:3");   // one {"id": "pair-...", "instruction", ...}
 * }</pre>
 */
public final class JudgeInputs {
  /** MT-Bench categories graded against a reference answer (FastChat's NEED_REF_CATS). */
  public static final Set<String> REFERENCE_CATEGORIES = Set.of("math", "reasoning", "coding", "arena-hard-200");

  private JudgeInputs() {}

  /** The adapter of pairwise judging; a new one per run (it numbers repeated derived ids). */
  public static RowAdapter pairwise() {
    PairFormats.Ids ids = new PairFormats.Ids();
    return (record, where) -> {
      String format = PairFormats.detect(record);
      boolean ownShape = format == null
          && (record.has("instruction") || record.has("output_a") || record.has("output_b"));
      if ("pair-run".equals(format) || ownShape) {
        // the judge's own shape (possibly malformed: the task then names each bad field)
        if (record.hasNonNull("id")) {
          return List.of(record);
        }
        ObjectNode copy = withId(record, derived(ids, record, where));
        return List.of(copy);
      }
      AnswerPair p = PairFormats.read(record, where);
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      row.put("id", ids.next(p));
      if (p.itemId() != null) {
        row.put("item_id", p.itemId());
      }
      row.put("instruction", p.instruction());
      row.put("output_a", p.a());
      row.put("output_b", p.b());
      if (p.modelA() != null) {
        row.put("model_a", p.modelA());
      }
      if (p.modelB() != null) {
        row.put("model_b", p.modelB());
      }
      if (p.format().equals("preference-pair") || p.format().equals("hh-rlhf")) {
        row.put("human", "a");
      } else if (!Double.isNaN(p.label())) {
        row.put("annotation_preference", p.label());
      }
      row.put("source_format", p.format());
      return List.of(row);
    };
  }

  /** The adapter of single-answer and rubric grading; a new one per run. */
  public static RowAdapter single() {
    PairFormats.Ids ids = new PairFormats.Ids();
    return (record, where) -> {
      if (record.path("turns").isArray() && record.path("outputs").isArray() && !record.has("answers")) {
        return perTurn(record, where);
      }
      if (record.hasNonNull("id")) {
        return List.of(record);
      }
      return List.of(withId(record, derived(ids, record, where)));
    };
  }

  /** One row per turn of a generated MT-Bench answer. */
  static List<JsonNode> perTurn(JsonNode record, String where) {
    JsonNode turns = record.get("turns");
    JsonNode outputs = record.get("outputs");
    if (turns.size() != outputs.size()) {
      throw new AssayInputException(where + ": field 'outputs': expected one answer per turn (" + turns.size()
          + "), found " + outputs.size());
    }
    JsonNode qid = record.hasNonNull("question_id") ? record.get("question_id") : record.get("id");
    if (qid == null || qid.isNull()) {
      throw new AssayInputException(where + ": field 'question_id': expected the question's id (or 'id'), found nothing");
    }
    String category = record.path("category").asString("");
    JsonNode reference = REFERENCE_CATEGORIES.contains(category) ? record.get("reference") : null;
    String model = record.hasNonNull("model_id") ? record.get("model_id").asString()
        : record.hasNonNull("generator") ? record.get("generator").asString() : null;
    List<JsonNode> rows = new ArrayList<>();
    for (int k = 1; k <= turns.size(); k++) {
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      row.put("id", qid.asString() + "#" + k);
      row.set("question_id", qid);
      row.put("turn", k);
      if (model != null) {
        row.put("model", model);
      }
      if (!category.isEmpty()) {
        row.put("category", category);
      }
      row.set("turns", prefix(turns, k));
      row.set("answers", prefix(outputs, k));
      if (reference != null && reference.isArray() && reference.size() >= k) {
        row.set("reference", prefix(reference, k));
      } else if (reference != null && reference.isString() && k == 1) {
        row.set("reference", reference);
      }
      rows.add(row);
    }
    return rows;
  }

  private static ArrayNode prefix(JsonNode array, int k) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < k; i++) {
      out.add(array.get(i));
    }
    return out;
  }

  private static ObjectNode withId(JsonNode record, String id) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    copy.put("id", id);
    record.properties().forEach(e -> {
      if (!e.getKey().equals("id")) {
        copy.set(e.getKey(), e.getValue());
      }
    });
    return copy;
  }

  /** The content-derived id of a record in a judge's own shape (its answer fields hashed). */
  private static String derived(PairFormats.Ids ids, JsonNode record, String where) {
    try {
      if (record.has("output_a")) {
        return ids.next(PairFormats.read(record, where));
      }
    } catch (AssayInputException e) {
      // a malformed row: the task names its problem; the id only needs to be stable
    }
    String text = record.toString();
    return ids.numbered("row-" + Sha256.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
  }
}
