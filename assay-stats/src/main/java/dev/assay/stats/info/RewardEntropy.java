package dev.assay.stats.info;

import dev.assay.stats.math.Logistic;
import java.util.Objects;

/**
 * Reward entropy: the mean binary entropy, in nats, of the Bradley-Terry preference probability
 * {@code sigma(r_chosen - r_rejected)} a reward model assigns to each pair. 0 means every pair is
 * decided with certainty, {@code ln 2 = 0.693} means the model cannot tell the answers apart.
 * Computed stably as {@code p Logistic.softplus(-d) + (1 - p) Logistic.softplus(d)} with {@code d} the margin.
 *
 * <pre>{@code
 * RewardEntropyResult r = RewardEntropy.of(new double[] {2.0, 0.1}, new double[] {-1.0, 0.1});
 * }</pre>
 */
public final class RewardEntropy {
  private RewardEntropy() {}

  /**
   * Summarises paired rewards.
   *
   * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a
   *     non-finite value
   */
  public static RewardEntropyResult of(double[] chosen, double[] rejected) {
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    if (chosen.length != rejected.length) {
      throw new IllegalArgumentException(
          "rejected: expected " + chosen.length + " rewards (as many as chosen), found " + rejected.length);
    }
    if (chosen.length == 0) {
      throw new IllegalArgumentException("chosen: expected at least one pair, found none");
    }
    double sumH = 0;
    double sumMargin = 0;
    long correct = 0;
    for (int i = 0; i < chosen.length; i++) {
      if (!Double.isFinite(chosen[i]) || !Double.isFinite(rejected[i])) {
        throw new IllegalArgumentException(
            "pair " + i + ": expected finite rewards, found chosen=" + chosen[i] + ", rejected=" + rejected[i]);
      }
      double d = chosen[i] - rejected[i];
      sumH += entropyOfMargin(d);
      sumMargin += d;
      if (d > 0) {
        correct++;
      }
    }
    int n = chosen.length;
    return new RewardEntropyResult(sumH / n, n, (double) correct / n, sumMargin / n);
  }

  /** Binary entropy (nats) of {@code sigma(d)}. */
  public static double entropyOfMargin(double d) {
    double p = 1.0 / (1.0 + Math.exp(-d));
    return p * Logistic.softplus(-d) + (1 - p) * Logistic.softplus(d);
  }

}
