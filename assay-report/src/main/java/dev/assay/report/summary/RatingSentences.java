package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Summary sentences for a Bradley-Terry ranking. The significance rule: a model is said to be
 * above the next one only when their bootstrap rating intervals do not overlap (a conservative
 * rule); adjacent models whose intervals overlap are listed as not separable.
 *
 * <pre>{@code
 * RatingSentences.of(List.of(new Rating("a", 1105, 1060, 1150), new Rating("b", 1000, 990, 1050)), 0.95);
 * // not significant: "a has the highest Bradley-Terry rating (1,105) but cannot be separated from b (1,000):
 * //   their 95% intervals 1,060 to 1,150 and 990 to 1,050 overlap."
 * }</pre>
 */
public final class RatingSentences {
  private RatingSentences() {}

  /** Sentences for {@code ratings} (any order; sorted here, highest first). */
  public static ExecutiveSummary of(List<Rating> ratings, double confidence) {
    List<Rating> r = ratings.stream().sorted(Comparator.comparingDouble(Rating::rating).reversed()).toList();
    List<String> headlines = new ArrayList<>();
    List<String> notSignificant = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (r.size() == 1) {
      caveats.add("Only one model (" + r.get(0).model() + ") was rated, so there is no ranking.");
    }
    if (r.size() >= 2) {
      Rating top = r.get(0);
      Rating next = r.get(1);
      String level = Percent.level(confidence);
      if (!top.hasInterval() || !next.hasInterval()) {
        notSignificant.add(top.model() + " has the highest Bradley-Terry rating (" + points(top.rating()) + ", then "
            + next.model() + " at " + points(next.rating()) + "); without bootstrap intervals the order is not tested.");
      } else if (top.overlaps(next)) {
        notSignificant.add(top.model() + " has the highest Bradley-Terry rating (" + points(top.rating())
            + ") but cannot be separated from " + next.model() + " (" + points(next.rating()) + "): their " + level + " intervals "
            + range(top) + " and " + range(next) + " overlap.");
      } else {
        headlines.add(top.model() + " has the highest Bradley-Terry rating, " + points(top.rating()) + " (" + level + " CI "
            + range(top) + "), clearly above " + next.model() + " at " + points(next.rating()) + " (" + level + " CI " + range(next) + ").");
      }
      List<String> overlapping = new ArrayList<>();
      for (int i = 1; i + 1 < r.size(); i++) {
        if (r.get(i).hasInterval() && r.get(i + 1).hasInterval() && r.get(i).overlaps(r.get(i + 1))) {
          overlapping.add(r.get(i).model() + " and " + r.get(i + 1).model());
        }
      }
      if (!overlapping.isEmpty()) {
        notSignificant.add("Further down, these neighbours cannot be separated by rating (their " + level
            + " intervals overlap): " + String.join("; ", overlapping) + ".");
      }
    }
    return new ExecutiveSummary(List.of(), headlines, notSignificant, caveats);
  }

  private static String range(Rating r) {
    return points(r.lower()) + " to " + points(r.upper());
  }

  /** A rating rounded to whole points with thousands separators. */
  static String points(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }
}
