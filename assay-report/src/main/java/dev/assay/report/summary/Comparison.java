package dev.assay.report.summary;

/**
 * One head-to-head result as a summary template needs it: how often {@code model} won against
 * {@code opponent} (ties counted half), its confidence interval and how many prompts it rests on.
 *
 * <pre>{@code
 * new Comparison("model-a", "model-b", 0.62, 0.58, 0.66, 120, 4, 0.95, "prompts");
 * }</pre>
 *
 * @param model the model the share is about
 * @param opponent the model it was compared with (often the baseline)
 * @param winShare the win rate as a share (0..1), ties counted half
 * @param lower lower bound of the interval (share), NaN when there is none
 * @param upper upper bound of the interval (share), NaN when there is none
 * @param n prompts judged
 * @param ties prompts judged a tie
 * @param confidence the interval's coverage, e.g. 0.95
 * @param unit what {@code n} counts, plural ("prompts", "decisive prompts")
 */
public record Comparison(
    String model, String opponent, double winShare, double lower, double upper, long n, long ties, double confidence,
    String unit) {

  /** True when the interval exists and lies entirely above one half. */
  public boolean significantlyBetter() {
    return hasInterval() && lower > 0.5;
  }

  /** True when the interval exists and lies entirely below one half. */
  public boolean significantlyWorse() {
    return hasInterval() && upper < 0.5;
  }

  /** True when both bounds are numbers. */
  public boolean hasInterval() {
    return Double.isFinite(lower) && Double.isFinite(upper);
  }
}
