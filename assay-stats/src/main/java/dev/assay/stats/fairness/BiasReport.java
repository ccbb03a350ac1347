package dev.assay.stats.fairness;

import dev.assay.stats.classification.RocCurve;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jigsaw Unintended Bias in Toxicity Classification metric over every identity group
 * (Borkan et al. 2019; the competition's benchmark kernel): per group the subgroup, BPSN and BNSP
 * AUCs and the false-positive rate at a threshold; across groups the power mean ({@code p = -5})
 * of each AUC; and the final score
 *
 * <pre>
 * final = 0.25 * overallAuc + 0.75 * mean(M_p(subgroup AUCs), M_p(BPSN AUCs), M_p(BNSP AUCs))
 * </pre>
 *
 * <p><b>Labels.</b> 0/1 labels, or rater fractions thresholded at 0.5 as the competition did
 * ({@link Binarize}). <b>Groups.</b> A membership mask per group; a text may belong to several
 * groups or to none. <b>Order.</b> {@link #groups()} is worst first, by {@link GroupBias#worstAuc()}
 * (ties by name); groups with no defined AUC at all come last.
 *
 * <p><b>Undefined AUCs.</b> When a group's slice has no positives or no negatives the AUC is
 * {@code NaN}. The kernel's {@code power_mean} would then turn the whole score into NaN; here that
 * AUC is left out of its power mean (the other groups' values of the same metric still count), and
 * {@link #notes()} says which group was left out of which mean. A power mean with no defined value
 * is NaN, and so is the final score.
 *
 * <pre>{@code
 * BiasReport r = BiasReport.of(Binarize.labels(target), scores,
 *     Map.of("muslim", muslim, "female", female), 0.5);
 * r.finalScore();            // the competition's number
 * r.groups().get(0).group(); // the group treated worst
 * r.notes();                 // e.g. "muslim: BNSP AUC undefined (...), left out of its power mean"
 * }</pre>
 *
 * @param overallAuc ROC AUC over all examples
 * @param groups per-group metrics, worst first
 * @param subgroupPowerMean power mean of the defined subgroup AUCs
 * @param bpsnPowerMean power mean of the defined BPSN AUCs
 * @param bnspPowerMean power mean of the defined BNSP AUCs
 * @param finalScore the competition's weighted combination
 * @param threshold the threshold of the false-positive rates
 * @param notes one line per AUC left out of a power mean
 */
public record BiasReport(
    double overallAuc,
    List<GroupBias> groups,
    double subgroupPowerMean,
    double bpsnPowerMean,
    double bnspPowerMean,
    double finalScore,
    double threshold,
    List<String> notes) {

  /** The weight of the overall AUC in the final score; the three power means share the rest. */
  public static final double OVERALL_WEIGHT = 0.25;

  /** Copies the lists. */
  public BiasReport {
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
  }

  /** The report with the competition's exponent {@link PowerMean#COMPETITION_P}. */
  public static BiasReport of(
      int[] y, double[] scores, Map<String, boolean[]> groups, double threshold) {
    return of(y, scores, groups, threshold, PowerMean.COMPETITION_P);
  }

  /**
   * The report for 0/1 labels, scores, named membership masks (iteration order is kept for the
   * notes) and a false-positive-rate threshold, with power-mean exponent {@code p}.
   */
  public static BiasReport of(
      int[] y, double[] scores, Map<String, boolean[]> groups, double threshold, double p) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("bias report: no identity groups given");
    }
    if (y.length == 0) {
      throw new IllegalArgumentException("bias report: empty input");
    }
    List<GroupBias> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<Double>> defined = new LinkedHashMap<>();
    for (String metric : List.of("subgroup", "BPSN", "BNSP")) {
      defined.put(metric, new ArrayList<>());
    }
    for (Map.Entry<String, boolean[]> e : groups.entrySet()) {
      String name = e.getKey();
      boolean[] m = e.getValue();
      if (m == null) {
        throw new IllegalArgumentException("bias report: group " + name + " has no membership mask");
      }
      FairnessChecks.inputs(y, scores, m, "bias report: group " + name);
      int size = 0;
      int positives = 0;
      for (int i = 0; i < y.length; i++) {
        if (m[i]) {
          size++;
          positives += y[i];
        }
      }
      GroupBias g = new GroupBias(name, size, positives,
          BiasAuc.subgroup(y, scores, m), BiasAuc.bpsn(y, scores, m), BiasAuc.bnsp(y, scores, m),
          GroupFalsePositiveRate.at(y, scores, m, threshold));
      rows.add(g);
      collect(defined.get("subgroup"), notes, g, "subgroup", g.subgroupAuc());
      collect(defined.get("BPSN"), notes, g, "BPSN", g.bpsnAuc());
      collect(defined.get("BNSP"), notes, g, "BNSP", g.bnspAuc());
    }
    rows.sort(WORST_FIRST);
    double overall = RocCurve.auc(y, scores);
    double sub = mean(defined.get("subgroup"), p);
    double bpsn = mean(defined.get("BPSN"), p);
    double bnsp = mean(defined.get("BNSP"), p);
    double fin = OVERALL_WEIGHT * overall + (1 - OVERALL_WEIGHT) * (sub + bpsn + bnsp) / 3;
    return new BiasReport(overall, rows, sub, bpsn, bnsp, fin, threshold, notes);
  }

  /** Worst first by the smallest defined AUC; groups without any defined AUC last; then by name. */
  static final Comparator<GroupBias> WORST_FIRST =
      Comparator.comparingDouble((GroupBias g) -> Double.isNaN(g.worstAuc())
              ? Double.POSITIVE_INFINITY : g.worstAuc())
          .thenComparing(GroupBias::group);

  private static void collect(
      List<Double> into, List<String> notes, GroupBias g, String metric, double auc) {
    if (Double.isNaN(auc)) {
      notes.add(g.group() + ": " + metric + " AUC undefined (its slice lacks toxic or non-toxic examples; the group has "
          + g.positives() + " toxic and " + (g.size() - g.positives())
          + " non-toxic members), left out of its power mean");
    } else {
      into.add(auc);
    }
  }

  private static double mean(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    return PowerMean.of(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
  }
}
