package dev.assay.server.annotate;

import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import dev.assay.stats.agreement.CohenKappa;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Humans against the machine raters on the same items: items imported with an LLM judge's verdict
 * ({@code judge_winner}, or a judge run's {@code winner}) or a reward model's ({@code
 * reward_winner}), each {@code a}, {@code b} or {@code tie} in item terms, or an AlpacaEval
 * {@code preference} (1 = a, 2 = b, 1.5 tie), are compared with the human majority label of each
 * item (ties between human labels are left out): agreement, Cohen's kappa, and the share of items
 * where the machine picked the other answer outright (a flip: a for b or b for a).
 *
 * <pre>{@code
 * Map<String, Versus.Result> r = Versus.of(db, projectId);
 * r.get("judge_winner").kappa();
 * }</pre>
 */
public final class Versus {
  /** Item fields read as a machine rater's label, in the order reported. */
  public static final List<String> FIELDS = List.of("judge_winner", "winner", "reward_winner", "preference", "judge_preference");

  private Versus() {}

  /**
   * One machine rater against the humans.
   *
   * @param n items with a human majority and this rater's label
   * @param agreement share of them where the two agree
   * @param kappa Cohen's kappa (a, b, tie nominal), NaN when undefined
   * @param flips share where one said a and the other b
   */
  public record Result(long n, double agreement, double kappa, double flips) {}

  /** The comparison for each field present on the project's annotated items. */
  public static Map<String, Result> of(Database db, long projectId) {
    Map<Long, int[]> humans = new LinkedHashMap<>();
    Map<Long, JsonNode> payloads = new LinkedHashMap<>();
    db.read(c -> {
      try (var ps = Sql.prepare(c, "SELECT i.id, i.payload, an.label FROM annotations an JOIN items i ON i.id = an.item_id"
          + " WHERE an.project_id = ? ORDER BY i.id", projectId); var rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String payload = rs.getString(2);
          humans.computeIfAbsent(id, k -> new int[3])[PairLabel.of(rs.getString(3)).code()]++;
          if (!payloads.containsKey(id)) {
            payloads.put(id, dev.assay.core.io.Json.MAPPER.readTree(payload));
          }
        }
      }
      return null;
    });
    Map<String, Result> out = new LinkedHashMap<>();
    for (String field : FIELDS) {
      List<double[]> pairs = new ArrayList<>();
      for (Map.Entry<Long, int[]> e : humans.entrySet()) {
        int majority = majority(e.getValue());
        Integer machine = label(payloads.get(e.getKey()).get(field));
        if (majority >= 0 && machine != null) {
          pairs.add(new double[] {majority, machine});
        }
      }
      if (pairs.isEmpty()) {
        continue;
      }
      double[] h = pairs.stream().mapToDouble(p -> p[0]).toArray();
      double[] m = pairs.stream().mapToDouble(p -> p[1]).toArray();
      long agree = 0;
      long flips = 0;
      for (int i = 0; i < h.length; i++) {
        agree += h[i] == m[i] ? 1 : 0;
        flips += (h[i] != m[i] && h[i] != 2 && m[i] != 2) ? 1 : 0;
      }
      double kappa;
      try {
        kappa = CohenKappa.of(h, m, CohenKappa.Weights.NONE).value();
      } catch (IllegalArgumentException ex) {
        kappa = Double.NaN;
      }
      out.put(field, new Result(h.length, (double) agree / h.length, kappa, (double) flips / h.length));
    }
    return out;
  }

  /** The most frequent human label, or -1 when two labels tie for most. */
  static int majority(int[] counts) {
    int best = -1;
    int max = 0;
    boolean tied = false;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > max) {
        max = counts[k];
        best = k;
        tied = false;
      } else if (counts[k] == max && max > 0) {
        tied = true;
      }
    }
    return tied ? -1 : best;
  }

  /** A machine label in item terms: a/b/tie, or an AlpacaEval preference (1, 2, 1.5; between: the nearer). */
  static Integer label(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      double p = v.asDouble();
      return p < 1.25 ? 0 : p > 1.75 ? 1 : 2;
    }
    return switch (v.asString().strip().toLowerCase(java.util.Locale.ROOT)) {
      case "a", "model_a", "1" -> 0;
      case "b", "model_b", "2" -> 1;
      case "tie", "draw" -> 2;
      default -> null;
    };
  }
}
