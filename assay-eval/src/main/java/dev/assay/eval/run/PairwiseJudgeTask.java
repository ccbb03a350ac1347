package dev.assay.eval.run;

import dev.assay.eval.judge.Judge;
import dev.assay.eval.judge.LlmJudge;
import dev.assay.eval.judge.OrderVerdict;
import dev.assay.eval.judge.PairItem;
import dev.assay.eval.judge.PairJudgment;
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
 * The {@link ItemTask} of {@code assay judge --mode pairwise}: reads a row
 * {@code {"id", "instruction", "output_a", "output_b", ["reference"], ...}}, judges it in both
 * presentation orders and writes {@code winner} ({@code a}, {@code b}, {@code tie}, or null when
 * no verdict could be read), {@code preference}, {@code outcome}, {@code status}, the two raw
 * verdicts ({@code verdict_ab}, {@code verdict_ba}) and the row's other fields unchanged.
 *
 * <pre>{@code
 * ItemTask task = new PairwiseJudgeTask(PairwiseVerdictJudge.defaults(), model);
 * ResumableRun.run(pairs, out, task, new ResumableRun.Options("judgments.jsonl", 64, null));
 * }</pre>
 *
 * @param judge the pairwise judge
 * <p>A row may carry a conversation instead of one instruction ({@code turns}, {@code outputs_a},
 * {@code outputs_b}: one per turn, as {@code assay pair} writes for the later turns of MT-Bench);
 * the judgment is then of the last turn, with the earlier ones in the prompt.
 *
 * @param model the judge model (with cache, limits and retries already layered on); null for a
 *     judge that needs none (the reward model)
 * @param variants the judge per item shape (multi-turn); {@code judge} for every item when null
 */
public record PairwiseJudgeTask(Judge<PairItem, PairJudgment> judge, ChatModel model,
    JudgeVariants<Judge<PairItem, PairJudgment>> variants)
    implements ItemTask {

  /** Input fields this task reads; every other field is copied to the judgment line. */
  public static final Set<String> READ =
      Set.of("id", "instruction", "output_a", "output_b", "reference", "turns", "outputs_a", "outputs_b");

  public PairwiseJudgeTask {
    Objects.requireNonNull(judge, "judge");
    if (judge.needsModel()) {
      Objects.requireNonNull(model, "model");
    }
    variants = variants == null ? JudgeVariants.only(judge) : variants;
  }

  /** One judge for every item. */
  public PairwiseJudgeTask(Judge<PairItem, PairJudgment> judge, ChatModel model) {
    this(judge, model, null);
  }

  @Override
  public List<String> problems(JsonNode row) {
    List<String> problems = new ArrayList<>();
    for (String field : List.of("instruction", "output_a", "output_b")) {
      JsonNode v = row.get(field);
      if (v == null || !v.isString()) {
        problems.add("field '" + field + "': expected a string, found "
            + (v == null ? "nothing" : v.getNodeType().name().toLowerCase() + " " + abbreviate(v.toString())));
      }
    }
    JsonNode ref = row.get("reference");
    if (ref != null && !ref.isNull() && !ref.isString()) {
      problems.add("field 'reference': expected a string or null, found " + ref.getNodeType().name().toLowerCase());
    }
    if (row.has("turns")) {
      int n = row.get("turns").isArray() ? row.get("turns").size() : -1;
      for (String field : List.of("turns", "outputs_a", "outputs_b")) {
        JsonNode v = row.get(field);
        if (v == null || !v.isArray() || v.size() != n || n < 1 || !allStrings(v)) {
          problems.add("field '" + field + "': expected a list of strings, one per turn (" + Math.max(n, 0) + "), found "
              + (v == null ? "nothing" : v.getNodeType().name().toLowerCase() + " " + abbreviate(v.toString())));
        }
      }
    }
    return problems;
  }

  @Override
  public ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException {
    JsonNode ref = row.get("reference");
    boolean multi = row.has("turns");
    PairItem item = new PairItem(
        rowKey(row),
        multi ? strings(row.get("turns")) : List.of(row.get("instruction").asString()),
        multi ? strings(row.get("outputs_a")) : List.of(row.get("output_a").asString()),
        multi ? strings(row.get("outputs_b")) : List.of(row.get("output_b").asString()),
        ref == null || ref.isNull() ? List.of() : List.of(ref.asString()),
        "",
        Map.of());
    Judge<PairItem, PairJudgment> chosen = variants.choose(item.turns().size(), false);
    PairJudgment j = chosen instanceof LlmJudge<PairItem, PairJudgment> llm
        ? JudgeExchanges.judge(llm, item, model)
        : chosen.judge(item, null);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : row.properties()) {
      if (!READ.contains(field.getKey())) {
        out.set(field.getKey(), field.getValue());
      }
    }
    if (j.winner() == null) {
      out.putNull("winner");
    } else {
      out.put("winner", j.winner());
    }
    if (Double.isNaN(j.preference())) {
      out.putNull("preference");
    } else {
      out.put("preference", j.preference());
    }
    out.put("outcome", j.outcome().name().toLowerCase());
    out.put("status", j.status().name().toLowerCase());
    out.put("judge", j.judge());
    putOrder(out, "ab", j.ab());
    putOrder(out, "ba", j.ba());
    out.put("replies", j.replies());
    out.put("input_tokens", j.usage().inputTokens());
    out.put("output_tokens", j.usage().outputTokens());
    return out;
  }

  private static void putOrder(ObjectNode out, String order, OrderVerdict v) {
    if (v == null) {
      out.putNull("verdict_" + order);
      return;
    }
    out.put("verdict_" + order, v.firstRaw());
    ObjectNode detail = out.putObject("order_" + order);
    detail.put("verdict", v.verdict() == null ? null : v.verdict().name().toLowerCase());
    detail.put("status", v.status().name().toLowerCase());
    ArrayNode rules = detail.putArray("rules");
    v.rules().forEach(rules::add);
    ArrayNode notes = detail.putArray("notes");
    v.notes().forEach(notes::add);
    if (v.raw().size() > 1) {
      ArrayNode raw = detail.putArray("samples");
      v.raw().forEach(raw::add);
      detail.put("agreement", v.agreement());
    }
  }

  private static boolean allStrings(JsonNode array) {
    for (JsonNode v : array) {
      if (!v.isString()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static String rowKey(JsonNode row) {
    return RunJournal.key(row.get("id"));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
