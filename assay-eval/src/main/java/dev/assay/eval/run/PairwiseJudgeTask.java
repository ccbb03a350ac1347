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
 * @param model the judge model (with cache, limits and retries already layered on); null for a
 *     judge that needs none (the reward model)
 */
public record PairwiseJudgeTask(Judge<PairItem, PairJudgment> judge, ChatModel model)
    implements ItemTask {

  /** Input fields this task reads; every other field is copied to the judgment line. */
  public static final Set<String> READ = Set.of("id", "instruction", "output_a", "output_b", "reference");

  public PairwiseJudgeTask {
    Objects.requireNonNull(judge, "judge");
    if (judge.needsModel()) {
      Objects.requireNonNull(model, "model");
    }
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
    return problems;
  }

  @Override
  public ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException {
    JsonNode ref = row.get("reference");
    PairItem item = new PairItem(
        rowKey(row),
        List.of(row.get("instruction").asString()),
        List.of(row.get("output_a").asString()),
        List.of(row.get("output_b").asString()),
        ref == null || ref.isNull() ? List.of() : List.of(ref.asString()),
        "",
        Map.of());
    PairJudgment j = judge instanceof LlmJudge<PairItem, PairJudgment> llm
        ? JudgeExchanges.judge(llm, item, model)
        : judge.judge(item, null);
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

  private static String rowKey(JsonNode row) {
    return RunJournal.key(row.get("id"));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
