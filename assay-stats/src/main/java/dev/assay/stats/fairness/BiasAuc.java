package dev.assay.stats.fairness;

import dev.assay.stats.classification.RocCurve;

/**
 * The three identity-subgroup AUCs of Borkan et al. (2019), "Nuanced Metrics for Measuring
 * Unintended Bias with Real Data for Text Classification", as scored in the Jigsaw Unintended Bias
 * in Toxicity Classification competition. Each is an ordinary ROC AUC ({@link RocCurve#auc}) over a
 * slice of the data:
 *
 * <ul>
 *   <li>{@link #subgroup}: the subgroup's examples only (can the model separate toxic from
 *       non-toxic within the group?);
 *   <li>{@link #bpsn} (background positive, subgroup negative): the subgroup's negatives against the
 *       background's positives; low when non-toxic mentions of the group score high, i.e. false
 *       positives;
 *   <li>{@link #bnsp} (background negative, subgroup positive): the subgroup's positives against
 *       the background's negatives; low when toxic mentions of the group score low, i.e. false
 *       negatives.
 * </ul>
 *
 * <p>An AUC is undefined (returned as {@code NaN}, as the reference code's {@code compute_auc} does)
 * when its slice lacks positives or negatives.
 *
 * <pre>{@code
 * int[] y = {0, 0, 1, 1};
 * double[] s = {0.1, 0.6, 0.5, 0.9};
 * boolean[] g = {false, true, false, true};
 * BiasAuc.subgroup(y, s, g); // 1.0: within the group the toxic one scores higher
 * BiasAuc.bpsn(y, s, g);     // 0.0: the group's non-toxic 0.6 outranks the background's toxic 0.5
 * }</pre>
 */
public final class BiasAuc {
  private BiasAuc() {}

  /** ROC AUC over the members of the group; labels 0/1 (see {@link Binarize#labels}). */
  public static double subgroup(int[] y, double[] scores, boolean[] member) {
    FairnessChecks.inputs(y, scores, member, "subgroup AUC");
    return sliceAuc(y, scores, member, true, true);
  }

  /** ROC AUC of the group's negatives against the background's positives. */
  public static double bpsn(int[] y, double[] scores, boolean[] member) {
    FairnessChecks.inputs(y, scores, member, "BPSN AUC");
    return sliceAuc(y, scores, member, false, true);
  }

  /** ROC AUC of the group's positives against the background's negatives. */
  public static double bnsp(int[] y, double[] scores, boolean[] member) {
    FairnessChecks.inputs(y, scores, member, "BNSP AUC");
    return sliceAuc(y, scores, member, true, false);
  }

  /**
   * AUC over the members' examples of the classes marked {@code fromSubgroup...} and the
   * non-members' examples of the other classes: subgroup = (pos, neg from members), BPSN = (neg
   * from members, pos from background), BNSP = (pos from members, neg from background).
   */
  private static double sliceAuc(
      int[] y, double[] scores, boolean[] member, boolean positivesFromGroup,
      boolean negativesFromGroup) {
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      if (keep(y[i], member[i], positivesFromGroup, negativesFromGroup)) {
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    int[] ys = new int[n];
    double[] ss = new double[n];
    int k = 0;
    for (int i = 0; i < y.length; i++) {
      if (keep(y[i], member[i], positivesFromGroup, negativesFromGroup)) {
        ys[k] = y[i];
        ss[k] = scores[i];
        k++;
      }
    }
    return RocCurve.auc(ys, ss);
  }

  private static boolean keep(int y, boolean member, boolean posFromGroup, boolean negFromGroup) {
    boolean fromGroup = y == 1 ? posFromGroup : negFromGroup;
    return member == fromGroup;
  }
}
