package dev.assay.eval.benchmark.mtbench;

import dev.assay.eval.benchmark.mtbench.PairwiseVerdict.Winner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * MT-Bench pairwise results as FastChat's {@code show_result.py --mode pairwise-baseline} (or
 * {@code pairwise-all} without a baseline) computes them: rows where either order's verdict is an
 * error are left out (and counted here); a row is a tie unless both orders name the same winner;
 * each model's wins, losses and ties; {@code win_rate = win / n}, {@code loss_rate = loss / n},
 * {@code win_rate_adjusted = (win + tie / 2) / n}. Broken down by category and by turn as well.
 *
 * <pre>{@code
 * List<PairwiseScores.ModelRecord> r = PairwiseScores.of(verdicts, "gpt-3.5-turbo", questions);
 * r.get(0).total().winRateAdjusted();
 * r.get(0).byCategory().get("coding").win();
 * }</pre>
 */
public final class PairwiseScores {
  private PairwiseScores() {}

  /**
   * Wins, losses and ties.
   *
   * @param win rows won
   * @param loss rows lost
   * @param tie rows tied (including order disagreements)
   */
  public record Tally(long win, long loss, long tie) {
    /** Rows counted. */
    public long n() {
      return win + loss + tie;
    }

    /** {@code win / n}, or {@code NaN}. */
    public double winRate() {
      return n() == 0 ? Double.NaN : (double) win / n();
    }

    /** {@code loss / n}, or {@code NaN}. */
    public double lossRate() {
      return n() == 0 ? Double.NaN : (double) loss / n();
    }

    /** {@code (win + tie / 2) / n}: each tie half a win, or {@code NaN}. */
    public double winRateAdjusted() {
      return n() == 0 ? Double.NaN : (win + 0.5 * tie) / n();
    }

    Tally plus(long w, long l, long t) {
      return new Tally(win + w, loss + l, tie + t);
    }
  }

  /**
   * One model's record.
   *
   * @param model the model
   * @param total over all counted rows
   * @param byCategory per category ("unknown" for questions not in the set)
   * @param byTurn per turn
   * @param errors rows involving this model left out because a verdict was an error
   */
  public record ModelRecord(
      String model, Tally total, Map<String, Tally> byCategory, Map<Integer, Tally> byTurn, long errors) {
    /** Copies. */
    public ModelRecord {
      byCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
      byTurn = java.util.Collections.unmodifiableMap(new TreeMap<>(byTurn));
    }
  }

  /**
   * Aggregates the verdicts, highest adjusted win rate first.
   *
   * @param verdicts pairwise verdicts
   * @param baseline only rows with this model count, and it is not listed; {@code null} for all pairs
   * @param questions for categories; may be {@code null}
   */
  public static List<ModelRecord> of(List<PairwiseVerdict> verdicts, String baseline, MtBenchQuestions questions) {
    Objects.requireNonNull(verdicts, "verdicts");
    Map<String, Tally> total = new LinkedHashMap<>();
    Map<String, Map<String, Tally>> cat = new LinkedHashMap<>();
    Map<String, Map<Integer, Tally>> turn = new LinkedHashMap<>();
    Map<String, Long> errors = new LinkedHashMap<>();
    for (PairwiseVerdict v : verdicts) {
      if (baseline != null && !baseline.equals(v.model1()) && !baseline.equals(v.model2())) {
        continue;
      }
      if (v.error()) {
        errors.merge(v.model1(), 1L, Long::sum);
        errors.merge(v.model2(), 1L, Long::sum);
        total.putIfAbsent(v.model1(), new Tally(0, 0, 0));
        total.putIfAbsent(v.model2(), new Tally(0, 0, 0));
        continue;
      }
      MtBenchQuestion q = questions == null ? null : questions.get(v.questionId());
      String category = q == null ? "unknown" : q.category();
      Winner o = v.outcome();
      add(total, cat, turn, v.model1(), category, v.turn(), o == Winner.MODEL_1, o == Winner.MODEL_2, o == Winner.TIE);
      add(total, cat, turn, v.model2(), category, v.turn(), o == Winner.MODEL_2, o == Winner.MODEL_1, o == Winner.TIE);
    }
    List<ModelRecord> out = new ArrayList<>();
    for (Map.Entry<String, Tally> e : total.entrySet()) {
      String m = e.getKey();
      if (m.equals(baseline)) {
        continue;
      }
      Map<String, Tally> byCategory = new LinkedHashMap<>();
      Map<String, Tally> seen = cat.getOrDefault(m, Map.of());
      if (questions != null) {
        questions.categories().forEach(c -> byCategory.put(c, seen.getOrDefault(c, new Tally(0, 0, 0))));
      }
      seen.forEach(byCategory::putIfAbsent);
      out.add(new ModelRecord(m, e.getValue(), byCategory, turn.getOrDefault(m, Map.of()), errors.getOrDefault(m, 0L)));
    }
    out.sort(Comparator.comparingDouble((ModelRecord r) -> Double.isNaN(r.total().winRateAdjusted()) ? -1 : r.total().winRateAdjusted()).reversed());
    return out;
  }

  private static void add(
      Map<String, Tally> total, Map<String, Map<String, Tally>> cat, Map<String, Map<Integer, Tally>> turn,
      String model, String category, int t, boolean win, boolean loss, boolean tie) {
    long w = win ? 1 : 0;
    long l = loss ? 1 : 0;
    long d = tie ? 1 : 0;
    total.merge(model, new Tally(w, l, d), (a, b) -> a.plus(w, l, d));
    cat.computeIfAbsent(model, k -> new LinkedHashMap<>()).merge(category, new Tally(w, l, d), (a, b) -> a.plus(w, l, d));
    turn.computeIfAbsent(model, k -> new TreeMap<>()).merge(t, new Tally(w, l, d), (a, b) -> a.plus(w, l, d));
  }
}
