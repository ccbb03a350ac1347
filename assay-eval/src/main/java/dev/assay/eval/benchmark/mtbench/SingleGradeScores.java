package dev.assay.eval.benchmark.mtbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * MT-Bench single-answer grading aggregated per model, as FastChat's {@code show_result.py
 * --mode single} does: grades of -1 (here {@code NaN}) are left out, then the mean per turn and the
 * mean over all turns; plus the mean per category (both turns), which FastChat's radar chart shows,
 * and the counts that account for every graded row.
 *
 * <pre>{@code
 * List<SingleGradeScores.ModelScore> s = SingleGradeScores.of(grades, questions);
 * s.get(0).score();               // mean over both turns, highest first
 * s.get(0).byTurn().get(2);       // second-turn mean
 * s.get(0).byCategory().get("math");
 * }</pre>
 */
public final class SingleGradeScores {
  private SingleGradeScores() {}

  /**
   * One model's scores.
   *
   * @param model the model
   * @param score mean grade over all turns ({@code NaN} with no grade)
   * @param standardError standard error of that mean (sample sd / sqrt(n)); {@code NaN} below 2 grades
   * @param byTurn mean grade per turn (1-based), in turn order
   * @param byCategory mean grade per category (all turns), in the question set's category order;
   *     questions absent from the set count under "unknown"
   * @param byCategoryTurn mean grade per category and turn ({@code "math/2"})
   * @param graded rows with a grade
   * @param ungraded rows without one (the judge's verdict did not parse)
   * @param missing (question, turn) cells of the question set with no row for this model
   */
  public record ModelScore(
      String model,
      double score,
      double standardError,
      Map<Integer, Double> byTurn,
      Map<String, Double> byCategory,
      Map<String, Double> byCategoryTurn,
      long graded,
      long ungraded,
      long missing) {
    /** Copies. */
    public ModelScore {
      byTurn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTurn));
      byCategory = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
      byCategoryTurn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategoryTurn));
    }
  }

  /**
   * Aggregates grades per model, highest mean first.
   *
   * @param grades the graded answers (any number of models)
   * @param questions the question set, for categories and missing cells; may be {@code null}
   */
  public static List<ModelScore> of(List<GradedAnswer> grades, MtBenchQuestions questions) {
    Objects.requireNonNull(grades, "grades");
    Map<String, List<GradedAnswer>> byModel = new LinkedHashMap<>();
    for (GradedAnswer g : grades) {
      byModel.computeIfAbsent(g.model(), k -> new ArrayList<>()).add(g);
    }
    List<ModelScore> out = new ArrayList<>();
    byModel.forEach((model, rows) -> out.add(score(model, rows, questions)));
    out.sort(Comparator.comparingDouble((ModelScore s) -> Double.isNaN(s.score()) ? Double.NEGATIVE_INFINITY : s.score()).reversed());
    return out;
  }

  private static ModelScore score(String model, List<GradedAnswer> rows, MtBenchQuestions questions) {
    Mean all = new Mean();
    Map<Integer, Mean> turns = new TreeMap<>();
    Map<String, Mean> categories = new LinkedHashMap<>();
    Map<String, Mean> categoryTurns = new LinkedHashMap<>();
    if (questions != null) {
      for (String c : questions.categories()) {
        categories.put(c, new Mean());
      }
    }
    long ungraded = 0;
    Set<String> seen = new HashSet<>();
    for (GradedAnswer g : rows) {
      seen.add(g.questionId() + "/" + g.turn());
      if (!g.graded()) {
        ungraded++;
        continue;
      }
      MtBenchQuestion q = questions == null ? null : questions.get(g.questionId());
      String category = q == null ? "unknown" : q.category();
      all.add(g.score());
      turns.computeIfAbsent(g.turn(), t -> new Mean()).add(g.score());
      categories.computeIfAbsent(category, c -> new Mean()).add(g.score());
      categoryTurns.computeIfAbsent(category + "/" + g.turn(), c -> new Mean()).add(g.score());
    }
    long missing = 0;
    if (questions != null) {
      for (MtBenchQuestion q : questions.questions().values()) {
        for (int t = 1; t <= q.turns().size(); t++) {
          if (!seen.contains(q.id() + "/" + t)) {
            missing++;
          }
        }
      }
    }
    Map<Integer, Double> byTurn = new LinkedHashMap<>();
    turns.forEach((t, m) -> byTurn.put(t, m.mean()));
    Map<String, Double> byCategory = new LinkedHashMap<>();
    categories.forEach((c, m) -> byCategory.put(c, m.mean()));
    Map<String, Double> byCategoryTurn = new TreeMap<>();
    categoryTurns.forEach((c, m) -> byCategoryTurn.put(c, m.mean()));
    return new ModelScore(model, all.mean(), all.standardError(), byTurn, byCategory, byCategoryTurn,
        all.n, ungraded, missing);
  }

  /** Sum / n as pandas computes a mean (exact for integer grades), plus Welford's variance. */
  private static final class Mean {
    long n;
    double sum;
    double mean;
    double m2;

    void add(double x) {
      n++;
      sum += x;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }

    double mean() {
      return n == 0 ? Double.NaN : sum / n;
    }

    double standardError() {
      return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1) / n);
    }
  }
}
