package dev.assay.report.gate;

import dev.assay.core.run.JudgeMode;
import dev.assay.core.run.JudgmentRow;
import dev.assay.core.run.Winner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A judge run's rows as per-item outcomes, for the gate: each model's result on each item (1 won,
 * 0.5 tie, 0 lost) and each graded item's score, keyed by item id (and turn, for MT-Bench rows).
 * They give the derived fields {@code win_rate}, {@code models[m].win_rate}, {@code tie_rate},
 * {@code mean_score}, and the matched items a baseline comparison tests.
 *
 * <pre>{@code
 * JudgeItems j = JudgeItems.of(rows);
 * j.outcomes().get("model-a");   // {p001=1.0, p002=0.0, ...}
 * j.underTest();                 // Optional[model-a] when every row shows it as output_a
 * }</pre>
 *
 * @param outcomes per model, per item key: 1 won, 0.5 tie, 0 lost
 * @param scores per item key, the grade of single-answer rows
 * @param rows rows read
 * @param judged pairwise rows with a verdict
 * @param ties pairwise rows judged a tie
 * @param positionA the models shown as output_a, in order of first appearance
 */
public record JudgeItems(
    Map<String, Map<String, Double>> outcomes, Map<String, Double> scores, long rows, long judged, long ties, List<String> positionA) {

  /** Reads the rows. */
  public static JudgeItems of(List<JudgmentRow> rows) {
    Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Set<String> positionA = new LinkedHashSet<>();
    long judged = 0;
    long ties = 0;
    for (JudgmentRow r : rows) {
      String key = key(r);
      if (r.mode() == JudgeMode.SINGLE) {
        if (r.score() != null) {
          scores.put(key, r.score());
        }
        continue;
      }
      if (r.modelA() != null) {
        positionA.add(r.modelA());
      }
      if (r.winner() == null || r.modelA() == null || r.modelB() == null) {
        continue;
      }
      judged++;
      double a = r.winner() == Winner.A ? 1 : r.winner() == Winner.B ? 0 : 0.5;
      ties += r.winner() == Winner.TIE ? 1 : 0;
      outcomes.computeIfAbsent(r.modelA(), m -> new LinkedHashMap<>()).put(key, a);
      outcomes.computeIfAbsent(r.modelB(), m -> new LinkedHashMap<>()).put(key, 1 - a);
    }
    return new JudgeItems(outcomes, scores, rows.size(), judged, ties, List.copyOf(positionA));
  }

  private static String key(JudgmentRow r) {
    String id = r.id() == null ? "?" : r.id().asString();
    JsonNode turn = r.extra().get("turn");
    return turn == null || turn.isNull() ? id : id + "#" + turn.asString();
  }

  /** The model every pairwise row shows as output_a (as {@code assay pair} writes them), if there is one. */
  public Optional<String> underTest() {
    return positionA.size() == 1 ? Optional.of(positionA.get(0)) : Optional.empty();
  }

  /** Adds the derived fields to a judge run's data; {@code notes} gets why a null one is null. */
  void derive(ObjectNode data, Map<String, String> notes) {
    data.put("items", rows);
    data.put("judged", judged);
    data.put("tie_rate", judged == 0 ? null : (double) ties / judged);
    if (judged == 0) {
      notes.put("tie_rate", "no pairwise row has a verdict");
    }
    var models = data.putArray("models");
    for (var e : outcomes.entrySet()) {
      ObjectNode m = models.addObject();
      m.put("model", e.getKey());
      Map<String, Double> v = e.getValue();
      long wins = v.values().stream().filter(x -> x == 1).count();
      long losses = v.values().stream().filter(x -> x == 0).count();
      m.put("items", v.size());
      m.put("wins", wins);
      m.put("losses", losses);
      m.put("ties", v.size() - wins - losses);
      m.put("win_rate", mean(v.values()));
    }
    Optional<String> ut = underTest();
    data.put("model_under_test", ut.orElse(null));
    data.put("win_rate", ut.map(m -> mean(outcomes.getOrDefault(m, Map.of()).values())).orElse(null));
    if (ut.isEmpty() || !outcomes.containsKey(ut.get())) {
      String why = positionA.isEmpty() ? "the run has no pairwise rows with both models named"
          : "the rows show different models as output_a (" + String.join(", ", positionA)
              + "), so there is no single model under test; use models[<model>].win_rate";
      notes.put("win_rate", why);
      notes.put("model_under_test", why);
    }
    data.put("scored", scores.size());
    data.put("mean_score", scores.isEmpty() ? null : mean(scores.values()));
    if (scores.isEmpty()) {
      notes.put("mean_score", "the run has no graded (single-answer) rows");
    }
  }

  /**
   * The per-item values behind {@code path} (relative to the run), when it is one of the item-level
   * fields ({@code win_rate}, {@code models[..].win_rate}, {@code mean_score}); empty otherwise.
   */
  Optional<Map<String, Double>> values(FieldPath path, ObjectNode data) {
    List<FieldPath.Segment> s = path.segments();
    if (s.size() == 1 && s.get(0) instanceof FieldPath.Name n) {
      if (n.name().equals("win_rate")) {
        return underTest().map(m -> outcomes.getOrDefault(m, Map.of()));
      }
      if (n.name().equals("mean_score")) {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores);
      }
    }
    if (s.size() == 3 && s.get(0).equals(new FieldPath.Name("models")) && s.get(2).equals(new FieldPath.Name("win_rate"))) {
      try {
        JsonNode entry = FieldResolver.resolve(path.take(2), data, null, Map.of()).node();
        return Optional.ofNullable(outcomes.get(entry.path("model").asString()));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static double mean(java.util.Collection<Double> v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.isEmpty() ? Double.NaN : s / v.size();
  }

  /** Item keys present in both maps, in {@code a}'s order. */
  static List<String> matched(Map<String, Double> a, Map<String, Double> b) {
    List<String> out = new ArrayList<>();
    for (String k : a.keySet()) {
      if (b.containsKey(k)) {
        out.add(k);
      }
    }
    return out;
  }
}
