package dev.assay.stats.info;

/**
 * How often the winner of a pair changes between two sets of verdicts.
 *
 * <pre>{@code
 * FlipRateResult r = FlipRate.of(runA, runB, TiePolicy.EXCLUDE);
 * r.rate();   // flips / compared, NaN if nothing was compared
 * }</pre>
 *
 * @param rate {@code flips / compared}; {@code NaN} when {@code compared} is 0
 * @param flips pairs whose verdict changed (under {@code policy})
 * @param compared pairs that entered the rate
 * @param excluded pairs left out (ties under {@link TiePolicy#EXCLUDE}, else 0)
 * @param policy how ties were treated
 */
public record FlipRateResult(
    double rate, long flips, long compared, long excluded, TiePolicy policy) {}
