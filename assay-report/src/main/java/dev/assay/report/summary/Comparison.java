package dev.assay.report.summary;

/**
 * One head-to-head result as a summary template needs it: the statistic comparing {@code model}
 * with {@code opponent} (a win rate with ties counted half, a preference-weighted win rate, the
 * share of decisive prompts won), its confidence interval, how many prompts it rests on, and, when
 * known, on how many prompts each side was preferred.
 *
 * <pre>{@code
 * new Comparison("model-a", "model-b", "preference-weighted win rate", 0.76, 0.70, 0.82, 61, 0, 0.95, "prompts",
 *     new Comparison.Preferred(51, 10, 0, "prompts"));
 * }</pre>
 *
 * @param model the model the share is about
 * @param opponent the model it was compared with (often the baseline)
 * @param statistic what {@code winShare} is, as the sentence names it ("win rate", "share of decisive prompts won")
 * @param winShare the statistic as a share (0..1)
 * @param lower lower bound of the interval (share), NaN when there is none
 * @param upper upper bound of the interval (share), NaN when there is none
 * @param n prompts the statistic is computed over
 * @param ties prompts among {@code n} judged a tie and counted as half a win
 * @param confidence the interval's coverage, e.g. 0.95
 * @param unit what {@code n} counts, plural ("prompts", "decisive prompts")
 * @param preferred on how many prompts each side was preferred, or null when the run does not say
 */
public record Comparison(
    String model, String opponent, String statistic, double winShare, double lower, double upper, long n, long ties,
    double confidence, String unit, Preferred preferred) {

  /** A comparison by win rate (ties half) whose per-side counts are unknown. */
  public Comparison(String model, String opponent, double winShare, double lower, double upper, long n, long ties, double confidence,
      String unit) {
    this(model, opponent, "win rate", winShare, lower, upper, n, ties, confidence, unit, null);
  }

  /**
   * On how many prompts each side was preferred.
   *
   * @param model prompts on which the model's answer was preferred
   * @param opponent prompts on which the opponent's answer was preferred
   * @param ties prompts judged a tie
   * @param unit what the counts count, plural ("prompts", "instructions")
   */
  public record Preferred(long model, long opponent, long ties, String unit) {
    /** All prompts counted. */
    public long total() {
      return model + opponent + ties;
    }
  }

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
