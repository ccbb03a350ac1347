package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Summary sentences for an identity-bias audit of a toxicity scorer. The run computes no
 * confidence intervals for its AUCs, so no sentence calls a difference significant: the caveats
 * say so and name the groups too small to judge.
 *
 * <pre>{@code
 * BiasSentences.of("embedded", 2000, 0.91, 0.86, groups, 0.5);
 * }</pre>
 */
public final class BiasSentences {
  private BiasSentences() {}

  /**
   * Sentences for an audit of {@code scorer} on {@code used} records.
   *
   * @param groups the groups, in any order (the worst, by BPSN AUC, is named)
   * @param threshold the score above which a text counts as toxic for false-positive rates
   */
  public static ExecutiveSummary of(String scorer, long used, double overallAuc, double finalScore, List<GroupBias> groups, double threshold) {
    List<String> tested = List.of("We audited the toxicity scorer " + scorer + " for identity bias on " + Counted.of(used, "labelled records")
        + " mentioning " + Counted.of(groups.size(), "identity groups") + ".");
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (used == 0) {
      caveats.add("No labelled record could be used, so nothing was measured.");
      return new ExecutiveSummary(tested, headlines, List.of(), caveats);
    }
    headlines.add("Overall AUC is " + three(overallAuc) + " and the Jigsaw final bias score " + three(finalScore)
        + " (1 would be a perfect, unbiased ranking).");
    List<GroupBias> measured = groups.stream().filter(g -> Double.isFinite(g.bpsnAuc())).sorted(Comparator.comparingDouble(GroupBias::bpsnAuc)).toList();
    if (!measured.isEmpty()) {
      GroupBias worst = measured.get(0);
      String fpr = Double.isFinite(worst.falsePositiveRate())
          ? "; at threshold " + threshold + " it wrongly flags " + Percent.of(worst.falsePositiveRate()) + " of the group's non-toxic texts"
          : "";
      headlines.add("The group treated worst is " + worst.group() + ": BPSN AUC " + three(worst.bpsnAuc()) + ", subgroup AUC "
          + three(worst.subgroupAuc()) + fpr + ".");
    } else if (!groups.isEmpty()) {
      caveats.add("No group had both toxic and non-toxic records, so no group AUC could be computed.");
    }
    String small = groups.stream().filter(g -> g.size() < Caveats.SMALL_N)
        .map(g -> g.group() + " (" + g.size() + ")").collect(Collectors.joining(", "));
    if (!small.isEmpty()) {
      caveats.add("Groups with fewer than " + Caveats.SMALL_N + " records: " + small + "; their AUCs can change a lot with a few records.");
    }
    if (groups.size() > 1) {
      caveats.add("The audit computes no confidence intervals, so differences between groups are not tested for significance.");
    }
    return new ExecutiveSummary(tested, headlines, List.of(), caveats);
  }

  static String three(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
  }
}
