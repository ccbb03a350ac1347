package dev.assay.stats.fairness;

/**
 * The false-positive rate inside one identity group at a fixed threshold: of the group's
 * non-toxic examples, the fraction scored at or above the threshold (the {@code score >=
 * threshold} convention of conversationai's {@code confusion_matrix_counts}). Comparing it across
 * groups shows which identities get non-toxic text flagged.
 *
 * <pre>{@code
 * GroupFalsePositiveRate.at(new int[] {0, 0, 1}, new double[] {0.7, 0.2, 0.9},
 *     new boolean[] {true, true, true}, 0.5); // 0.5
 * }</pre>
 */
public final class GroupFalsePositiveRate {
  private GroupFalsePositiveRate() {}

  /** FP / (FP + TN) over the members; {@code NaN} when the group has no negatives. */
  public static double at(int[] y, double[] scores, boolean[] member, double threshold) {
    FairnessChecks.inputs(y, scores, member, "group false-positive rate");
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("group false-positive rate: threshold is NaN");
    }
    long negatives = 0;
    long falsePositives = 0;
    for (int i = 0; i < y.length; i++) {
      if (member[i] && y[i] == 0) {
        negatives++;
        if (scores[i] >= threshold) {
          falsePositives++;
        }
      }
    }
    return negatives == 0 ? Double.NaN : falsePositives / (double) negatives;
  }
}
