package dev.assay.stats.rating;

import java.util.Objects;

/**
 * Chatbot Arena's rank from confidence intervals (FastChat {@code monitor.py},
 * {@code recompute_final_ranking}, and {@code elo_analysis.py}): a model's rank is 1 + the number
 * of models whose lower bound is strictly above its upper bound, i.e. the models that are
 * statistically better. Several models can share a rank.
 *
 * <pre>{@code
 * int[] ranks = ConfidenceRanks.of(new double[] {10, 5, 0}, new double[] {12, 11, 4});  // 1, 1, 3
 * }</pre>
 */
public final class ConfidenceRanks {
  private ConfidenceRanks() {}

  /**
   * The ranks.
   *
   * @param lower lower interval bound per model
   * @param upper upper interval bound per model
   * @throws IllegalArgumentException if the arrays differ in length or a bound is NaN
   */
  public static int[] of(double[] lower, double[] upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.length != upper.length) {
      throw new IllegalArgumentException(
          "bounds: expected as many lower as upper bounds, found " + lower.length + " and "
              + upper.length);
    }
    double[] sortedLower = lower.clone();
    for (int i = 0; i < lower.length; i++) {
      if (Double.isNaN(lower[i]) || Double.isNaN(upper[i])) {
        throw new IllegalArgumentException("bounds: expected numbers, found NaN at index " + i);
      }
    }
    java.util.Arrays.sort(sortedLower);
    int[] ranks = new int[lower.length];
    for (int i = 0; i < lower.length; i++) {
      // number of lower bounds strictly greater than upper[i]
      int lo = 0;
      int hi = sortedLower.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sortedLower[mid] <= upper[i]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      ranks[i] = 1 + (sortedLower.length - lo);
    }
    return ranks;
  }
}
