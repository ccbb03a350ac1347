package dev.assay.stats.interval;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals for a binomial proportion {@code k / n}: Wilson score and Clopper-Pearson
 * (exact). Both agree with statsmodels' {@code proportion_confint(k, n, alpha, method="wilson" |
 * "beta")} and R's {@code binom.confint}.
 *
 * <pre>{@code
 * Interval w = ProportionInterval.wilson(18, 20, 0.95);         // [0.69897, 0.97213]
 * Interval cp = ProportionInterval.clopperPearson(18, 20, 0.95); // [0.68302, 0.98765]
 * }</pre>
 *
 * <p><b>Zero trials.</b> With {@code n = 0} nothing is known: both methods return {@code [0,
 * 1]} (statsmodels returns NaN bounds here).
 */
public final class ProportionInterval {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private ProportionInterval() {}

  /**
   * Wilson score interval: {@code (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}
   * with {@code z} the two-sided normal quantile. Clipped to [0, 1].
   */
  public static Interval wilson(long successes, long trials, double confidence) {
    check(successes, trials, confidence);
    if (trials == 0) {
      return new Interval(0, 1, confidence, "wilson");
    }
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
    double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return new Interval(lower, upper, confidence, "wilson");
  }

  /**
   * Clopper-Pearson interval from Beta quantiles: lower {@code = B(alpha/2; k, n-k+1)} (0 when
   * {@code k = 0}), upper {@code = B(1-alpha/2; k+1, n-k)} (1 when {@code k = n}).
   */
  public static Interval clopperPearson(long successes, long trials, double confidence) {
    check(successes, trials, confidence);
    if (trials == 0) {
      return new Interval(0, 1, confidence, "clopper-pearson");
    }
    double alpha = 1 - confidence;
    double lower =
        successes == 0
            ? 0.0
            : beta(successes, trials - successes + 1).inverseCumulativeProbability(alpha / 2);
    double upper =
        successes == trials
            ? 1.0
            : beta(successes + 1, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(lower, upper, confidence, "clopper-pearson");
  }

  private static BetaDistribution beta(double a, double b) {
    // Tight solver accuracy: the default (1e-9 absolute) is too coarse for small proportions.
    return new BetaDistribution(null, a, b, 1e-15);
  }

  private static void check(long successes, long trials, double confidence) {
    if (trials < 0) {
      throw new IllegalArgumentException("proportion interval: trials must be >= 0, found " + trials);
    }
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "proportion interval: successes must lie in [0, trials=" + trials + "], found "
              + successes);
    }
    Confidence.check(confidence);
  }
}
