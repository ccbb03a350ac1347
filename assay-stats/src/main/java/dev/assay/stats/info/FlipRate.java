package dev.assay.stats.info;

import java.util.List;
import java.util.Objects;

/**
 * Preference flip rate: the share of pairs whose winner changes between two sets of verdicts on
 * the same pairs, e.g. a judge before and after swapping the answers' positions (map the swapped
 * run back with {@link PairOutcome#swapped()} first), two runs of the same judge, two annotators
 * or two reward models. How ties count is a parameter and is reported in the result.
 *
 * <pre>{@code
 * List<PairOutcome> original = ..., swapped = ...;
 * List<PairOutcome> unswapped = swapped.stream().map(PairOutcome::swapped).toList();
 * FlipRateResult r = FlipRate.of(original, unswapped, TiePolicy.TIE_IS_OWN_OUTCOME);
 * }</pre>
 */
public final class FlipRate {
  private FlipRate() {}

  /**
   * Compares verdicts pair by pair (same index = same pair).
   *
   * @throws IllegalArgumentException if the lists differ in length or are empty, or hold null
   */
  public static FlipRateResult of(List<PairOutcome> a, List<PairOutcome> b, TiePolicy policy) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(policy, "policy");
    if (a.size() != b.size()) {
      throw new IllegalArgumentException(
          "b: expected " + a.size() + " verdicts (as many as a), found " + b.size());
    }
    if (a.isEmpty()) {
      throw new IllegalArgumentException("a: expected at least one verdict, found none");
    }
    long flips = 0;
    long compared = 0;
    long excluded = 0;
    for (int i = 0; i < a.size(); i++) {
      PairOutcome x = a.get(i);
      PairOutcome y = b.get(i);
      if (x == null || y == null) {
        throw new IllegalArgumentException("pair " + i + ": expected a verdict on both sides, found null");
      }
      boolean tie = x == PairOutcome.TIE || y == PairOutcome.TIE;
      switch (policy) {
        case EXCLUDE -> {
          if (tie) {
            excluded++;
          } else {
            compared++;
            flips += x != y ? 1 : 0;
          }
        }
        case TIE_IS_OWN_OUTCOME -> {
          compared++;
          flips += x != y ? 1 : 0;
        }
        case TIE_COUNTS_AS_FLIP -> {
          compared++;
          flips += (tie || x != y) ? 1 : 0;
        }
      }
    }
    double rate = compared == 0 ? Double.NaN : (double) flips / compared;
    return new FlipRateResult(rate, flips, compared, excluded, policy);
  }
}
