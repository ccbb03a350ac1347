package dev.assay.stats.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-rater agreement with the majority: for each rater, the share of items on which the rater's
 * rating equals the most frequent rating of the <i>other</i> raters. Leaving the rater out keeps
 * a rater from agreeing with itself (with three raters, the majority of the two others is only
 * defined when they agree). Items the rater did not rate, and items where the other raters'
 * most frequent rating is tied or absent, are skipped. Useful to spot an annotator who drifts
 * from the rest of the pool.
 *
 * <pre>{@code
 * double[][] ratings = {{1, 1, 2}, {2, 2, 2}, {1, 1, 1}, {3, 1, 1}};
 * MajorityAgreement.perRater(ratings).get(2).agreement(); // 2/3: agrees on items 1 and 2
 * }</pre>
 */
public final class MajorityAgreement {
  private MajorityAgreement() {}

  /** One entry per rater (column), in column order. */
  public static List<RaterAgreement> perRater(double[][] ratings) {
    int width = RatingCounts.check(ratings, "majority agreement");
    List<RaterAgreement> out = new ArrayList<>(width);
    for (int r = 0; r < width; r++) {
      int items = 0;
      int agree = 0;
      for (double[] row : ratings) {
        if (Double.isNaN(row[r])) {
          continue;
        }
        double majority = majorityExcluding(row, r);
        if (Double.isNaN(majority)) {
          continue;
        }
        items++;
        if (row[r] == majority) {
          agree++;
        }
      }
      out.add(new RaterAgreement(r, items, items == 0 ? Double.NaN : (double) agree / items));
    }
    return List.copyOf(out);
  }

  /** The unique most frequent rating among the others, or NaN if none or tied. */
  private static double majorityExcluding(double[] row, int skip) {
    Map<Double, Integer> counts = new HashMap<>();
    for (int j = 0; j < row.length; j++) {
      if (j != skip && !Double.isNaN(row[j])) {
        counts.merge(row[j], 1, Integer::sum);
      }
    }
    double best = Double.NaN;
    int bestCount = 0;
    boolean tied = false;
    for (Map.Entry<Double, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tied = false;
      } else if (e.getValue() == bestCount) {
        tied = true;
      }
    }
    return tied ? Double.NaN : best;
  }
}
