package dev.assay.report.source;

import dev.assay.core.io.Json;
import dev.assay.report.model.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The judgments of a pairwise judge run that people look at, collected while {@link JudgeLog}
 * reads {@code judgments.jsonl}: the first {@link #LIMIT} pairs whose two presentation orders
 * disagree (position-swap flips), and, for the reward-model judge, the {@link #LIMIT} pairs with
 * the largest reward gap between the two answers.
 *
 * <pre>{@code
 * JudgeExamples ex = new JudgeExamples();
 * RunFiles.eachLine(dir.resolve("judgments.jsonl"), ex::accept);
 * List<Block> tables = ex.tables(dir);
 * }</pre>
 */
final class JudgeExamples {
  /** Rows per table. */
  static final int LIMIT = 10;

  private final List<Flip> flips = new ArrayList<>();
  private final PriorityQueue<Gap> gaps = new PriorityQueue<>(Comparator.comparingDouble(Gap::gap).thenComparing(g -> -g.line()));

  private record Flip(long line, String id, String modelA, String modelB, String ab, String ba) {}

  private record Gap(long line, String id, String modelA, String modelB, double rewardA, double rewardB, String winner) {
    double gap() {
      return Math.abs(rewardA - rewardB);
    }
  }

  /** Takes one judgment, at {@code line} of {@code judgments.jsonl}. */
  void accept(long line, JsonNode row) {
    String id = row.has("id") ? row.get("id").asString() : "";
    String ma = RunFiles.text(row, "model_a", "");
    String mb = RunFiles.text(row, "model_b", "");
    if (flips.size() < LIMIT && "inconsistent".equals(RunFiles.text(row, "outcome", ""))) {
      String ab = RunFiles.text(row.path("order_ab"), "verdict", "none");
      String ba = RunFiles.text(row.path("order_ba"), "verdict", "none");
      // verdicts are in presented terms: in order ba, the first answer shown ("a") is output_b
      flips.add(new Flip(line, id, ma, mb, preferred(ab, ma, mb, "output_a", "output_b"), preferred(ba, mb, ma, "output_b", "output_a")));
    }
    JsonNode rewards = rewards(row.path("verdict_ab"));
    if (rewards != null) {
      gaps.add(new Gap(line, id, ma, mb, RunFiles.num(rewards, "reward_a"), RunFiles.num(rewards, "reward_b"),
          preferred(RunFiles.text(row, "winner", "none"), ma, mb, "output_a", "output_b")));
      if (gaps.size() > LIMIT) {
        gaps.poll();
      }
    }
  }

  /** The example tables (none when nothing was collected). */
  List<Block> tables(Path runDir) {
    List<Block> out = new ArrayList<>();
    if (!flips.isEmpty()) {
      Examples ex = new Examples("judge_flip_examples", "Pairs whose verdict changed when the answers were swapped (the first " + LIMIT
          + "; each counts as a tie)")
          .text("id", "Id").text("model_a", "output_a").text("model_b", "output_b").text("preferred_ab", "Preferred, output_a shown first")
          .text("preferred_ba", "Preferred, output_b shown first");
      flips.forEach(f -> ex.add(Examples.where(runDir, "judgments.jsonl", f.line()), f.id(), f.modelA(), f.modelB(), f.ab(), f.ba()));
      out.add(ex.table());
    }
    if (!gaps.isEmpty()) {
      List<Gap> top = new ArrayList<>(gaps);
      top.sort(Comparator.comparingDouble(Gap::gap).reversed().thenComparingLong(Gap::line));
      Examples ex = new Examples("judge_gap_examples", "The largest reward gaps between the two answers (top " + LIMIT + ")")
          .text("id", "Id").text("model_a", "output_a").text("model_b", "output_b").number("reward_a", "Reward a", 3)
          .number("reward_b", "Reward b", 3).text("preferred", "Preferred");
      top.forEach(g -> ex.add(Examples.where(runDir, "judgments.jsonl", g.line()), g.id(), g.modelA(), g.modelB(), g.rewardA(), g.rewardB(),
          g.winner()));
      out.add(ex.table());
    }
    return out;
  }

  /** The model (or field, when the row names no models) a presented verdict prefers; "tie" or "none" as they are. */
  private static String preferred(String verdict, String first, String second, String firstField, String secondField) {
    return switch (verdict) {
      case "a" -> first.isEmpty() ? firstField : first;
      case "b" -> second.isEmpty() ? secondField : second;
      default -> verdict;
    };
  }

  /** The reward-model judge writes {@code {"reward_a": .., "reward_b": ..}} as its verdict text; other judges do not. */
  private static JsonNode rewards(JsonNode verdict) {
    if (!verdict.isString() || !verdict.asString().startsWith("{")) {
      return null;
    }
    try {
      JsonNode v = Json.MAPPER.readTree(verdict.asString());
      return v.path("reward_a").isNumber() && v.path("reward_b").isNumber() ? v : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
