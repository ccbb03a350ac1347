package dev.assay.stats.interval;

/**
 * A two-sided confidence interval.
 *
 * <pre>{@code
 * Interval ci = ProportionInterval.wilson(81, 263, 0.95);
 * ci.lower(); ci.upper(); ci.method(); // "wilson"
 * ci.contains(0.3);
 * }</pre>
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param confidence the nominal coverage, in (0, 1)
 * @param method how it was computed, e.g. {@code "wilson"}, {@code "clopper-pearson"}, {@code
 *     "bootstrap-percentile"}, {@code "bootstrap-bca"}
 */
public record Interval(double lower, double upper, double confidence, String method) {

  /** Checks that the bounds are ordered (NaN bounds are allowed for undefined intervals). */
  public Interval {
    if (lower > upper) {
      throw new IllegalArgumentException(
          "interval: lower bound " + lower + " exceeds upper bound " + upper);
    }
    Confidence.check(confidence);
  }

  /** Whether {@code x} lies within the closed interval. */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /** {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }
}
