package dev.assay.stats.fairness;

/**
 * The bias metrics of one identity group: its three AUCs ({@link BiasAuc}) and its false-positive
 * rate at the report's threshold ({@link GroupFalsePositiveRate}). An AUC is {@code NaN} when its
 * slice lacks positives or negatives; {@link #undefined()} flags that.
 *
 * <pre>{@code
 * GroupBias g = report.groups().get(0); // the worst group
 * g.group(); g.worstAuc(); g.bpsnAuc(); g.undefined();
 * }</pre>
 *
 * @param group the group's name
 * @param size how many examples belong to the group
 * @param positives how many of them are labelled toxic
 * @param subgroupAuc AUC within the group
 * @param bpsnAuc background positive, subgroup negative AUC
 * @param bnspAuc background negative, subgroup positive AUC
 * @param falsePositiveRate the group's false-positive rate at the threshold ({@code NaN} without
 *     negatives)
 */
public record GroupBias(
    String group,
    int size,
    int positives,
    double subgroupAuc,
    double bpsnAuc,
    double bnspAuc,
    double falsePositiveRate) {

  /** Validates the name and counts. */
  public GroupBias {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("group bias: group name must not be blank");
    }
    if (size < 0 || positives < 0 || positives > size) {
      throw new IllegalArgumentException(
          "group bias: " + group + ": need 0 <= positives <= size, found positives " + positives
              + " and size " + size);
    }
  }

  /** True when at least one of the three AUCs is undefined (NaN). */
  public boolean undefined() {
    return Double.isNaN(subgroupAuc) || Double.isNaN(bpsnAuc) || Double.isNaN(bnspAuc);
  }

  /** The smallest defined AUC of the three, or {@code NaN} when none is defined. */
  public double worstAuc() {
    double m = Double.NaN;
    for (double a : new double[] {subgroupAuc, bpsnAuc, bnspAuc}) {
      if (!Double.isNaN(a) && (Double.isNaN(m) || a < m)) {
        m = a;
      }
    }
    return m;
  }
}
