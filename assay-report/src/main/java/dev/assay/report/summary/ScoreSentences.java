package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Summary sentences for mean grades (MT-Bench single grading, 1-10). The significance rule: the
 * top model is ahead of the next when the normal-approximation 95% interval of the difference of
 * their means, difference ± 1.96 x sqrt(se1² + se2²) from the standard errors the run computed,
 * excludes zero (the two models' grades are treated as independent samples).
 *
 * <pre>{@code
 * ScoreSentences.of(List.of(new MeanScore("x", 7.26, 0.16, 160), new MeanScore("y", 4.98, 0.16, 160)), 10);
 * // "x has the highest mean score, 7.26 of 10 (95% CI 6.95-7.57), 2.28 points above y (95% CI of the difference 1.84-2.72)."
 * }</pre>
 */
public final class ScoreSentences {
  private static final double Z = 1.959963984540054;

  private ScoreSentences() {}

  /** Sentences for {@code scores} (any order) on a scale up to {@code max} (NaN when the scale is not known). */
  public static ExecutiveSummary of(List<MeanScore> scores, double max) {
    List<MeanScore> s = scores.stream().filter(m -> m.n() > 0 && Double.isFinite(m.mean()))
        .sorted(Comparator.comparingDouble(MeanScore::mean).reversed()).toList();
    List<String> headlines = new ArrayList<>();
    List<String> notSignificant = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (s.isEmpty()) {
      caveats.add("No answer was graded, so there are no scores.");
      return new ExecutiveSummary(List.of(), headlines, notSignificant, caveats);
    }
    MeanScore top = s.get(0);
    if (s.size() == 1) {
      headlines.add(top.model() + " has a mean score of " + two(top.mean()) + ofMax(max) + interval(top) + " over "
          + Counted.of(top.n(), "graded answers") + ".");
      caveats.add("Only one model (" + top.model() + ") was graded, so there is nothing to compare.");
    } else {
      MeanScore next = s.get(1);
      double diff = top.mean() - next.mean();
      double se = Math.sqrt(top.standardError() * top.standardError() + next.standardError() * next.standardError());
      if (!Double.isFinite(se)) {
        notSignificant.add(top.model() + " has the highest mean score (" + two(top.mean()) + ", then " + next.model() + " at "
            + two(next.mean()) + "); without standard errors the difference is not tested.");
      } else if (diff - Z * se > 0) {
        headlines.add(top.model() + " has the highest mean score, " + two(top.mean()) + ofMax(max) + interval(top) + ", "
            + two(diff) + " points above " + next.model() + " (95% CI of the difference " + two(diff - Z * se) + "-" + two(diff + Z * se) + ").");
      } else {
        notSignificant.add(top.model() + " (" + two(top.mean()) + ") and " + next.model() + " (" + two(next.mean())
            + ") are not significantly different: the 95% CI of the difference, " + two(diff - Z * se) + " to " + two(diff + Z * se)
            + ", includes 0.");
      }
    }
    for (MeanScore m : s) {
      Caveats.smallSample(m.model() + "'s mean score", m.n(), "graded answers").ifPresent(caveats::add);
    }
    return new ExecutiveSummary(List.of(), headlines, notSignificant, caveats);
  }

  private static String interval(MeanScore m) {
    return Double.isFinite(m.standardError())
        ? " (95% CI " + two(m.mean() - Z * m.standardError()) + "-" + two(m.mean() + Z * m.standardError()) + ")"
        : "";
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String whole(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : two(v);
  }

  private static String ofMax(double max) {
    return Double.isFinite(max) ? " of " + whole(max) : "";
  }
}
