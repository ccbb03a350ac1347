package dev.assay.stats.fairness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a scorer's output moves when only the identity term of a text changes (a counterfactual
 * test in the spirit of Garg et al. 2019, "Counterfactual Fairness in Text Classification through
 * Robustness"): for each group, the mean and the largest absolute difference between the score of
 * an original text and the score of its variant with that group's identity term swapped in. A fair
 * scorer moves little; large deltas point at the identity term itself driving the score.
 *
 * <pre>{@code
 * List<CounterfactualDelta> worst = CounterfactualDelta.of(
 *     new double[] {0.10, 0.20, 0.40},       // "I am a teacher", ...
 *     new double[] {0.35, 0.15, 0.90},       // "I am a gay teacher", ...
 *     new String[] {"gay", "gay", "muslim"}); // the group each variant swaps in
 * worst.get(0).group(); // "muslim": |0.90 - 0.40| = 0.5
 * }</pre>
 *
 * @param group the group swapped in
 * @param pairs how many (original, variant) pairs swap this group in
 * @param meanAbsDelta mean of |variant - original| over the pairs
 * @param maxAbsDelta largest |variant - original|
 */
public record CounterfactualDelta(String group, int pairs, double meanAbsDelta, double maxAbsDelta) {

  /** Validates the fields. */
  public CounterfactualDelta {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("counterfactual delta: group name must not be blank");
    }
    if (pairs <= 0) {
      throw new IllegalArgumentException(
          "counterfactual delta: " + group + ": pairs must be positive, found " + pairs);
    }
  }

  /**
   * Per-group deltas of paired arrays ({@code original[i]} and {@code variant[i]} are the scores of
   * one text and its identity-swapped variant, {@code group[i]} the group swapped in), worst first:
   * by mean absolute delta, then by maximum, then by name.
   */
  public static List<CounterfactualDelta> of(double[] original, double[] variant, String[] group) {
    if (original.length != variant.length || original.length != group.length) {
      throw new IllegalArgumentException(
          "counterfactual delta: length mismatch, " + original.length + " original scores, "
              + variant.length + " variant scores and " + group.length + " group names");
    }
    if (original.length == 0) {
      throw new IllegalArgumentException("counterfactual delta: empty input");
    }
    Map<String, double[]> acc = new LinkedHashMap<>(); // {count, sum, max}
    for (int i = 0; i < original.length; i++) {
      if (!Double.isFinite(original[i]) || !Double.isFinite(variant[i])) {
        throw new IllegalArgumentException(
            "counterfactual delta: scores at index " + i + " must be finite, found " + original[i]
                + " and " + variant[i]);
      }
      if (group[i] == null || group[i].isBlank()) {
        throw new IllegalArgumentException(
            "counterfactual delta: group name at index " + i + " is blank");
      }
      double d = Math.abs(variant[i] - original[i]);
      double[] a = acc.computeIfAbsent(group[i], k -> new double[3]);
      a[0]++;
      a[1] += d;
      a[2] = Math.max(a[2], d);
    }
    List<CounterfactualDelta> out = new ArrayList<>();
    acc.forEach((g, a) -> out.add(new CounterfactualDelta(g, (int) a[0], a[1] / a[0], a[2])));
    out.sort((x, y) -> {
      int c = Double.compare(y.meanAbsDelta, x.meanAbsDelta);
      if (c == 0) {
        c = Double.compare(y.maxAbsDelta, x.maxAbsDelta);
      }
      return c != 0 ? c : x.group.compareTo(y.group);
    });
    return out;
  }
}
