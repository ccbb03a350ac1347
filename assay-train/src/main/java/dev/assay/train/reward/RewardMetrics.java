package dev.assay.train.reward;

import dev.assay.stats.calibration.ReliabilityBin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well rewards order held-out pairs, next to the baselines nobody should mistake it for.
 * Accuracies count decided pairs only (label above 0.5); a reward tie counts as half right.
 *
 * <pre>{@code
 * RewardMetrics m = RewardEvaluator.evaluate(pairs, rc, rr);
 * System.out.println(m.accuracy() + " vs longer wins " + m.longerWins());
 * }</pre>
 *
 * @param n decided pairs scored
 * @param ties pairs with a tie label (scored, not counted in accuracies)
 * @param accuracy share of decided pairs where the chosen response has the higher reward
 * @param wilsonLow lower end of the 95% Wilson interval of {@code accuracy}
 * @param wilsonHigh upper end of it
 * @param nLengthMatched decided pairs whose responses differ in length by at most 10% (characters)
 * @param accuracyLengthMatched accuracy on those (NaN when there are none)
 * @param longerWins accuracy of the baseline "the longer response wins" (equal lengths: half)
 * @param longerWinsLengthMatched the same baseline on the length-matched pairs
 * @param random the "random" baseline's expected accuracy (0.5)
 * @param ece expected calibration error (10 bins) of {@code sigma(r_c - r_r)}, symmetrised: each
 *     pair counts as (p, chosen) and (1 - p, rejected), since with the chosen side always first a
 *     one-class calibration would be meaningless
 * @param reliability the reliability diagram behind {@code ece}
 * @param rewardEntropy mean binary entropy (nats) of {@code sigma(r_c - r_r)}
 * @param meanMargin mean {@code r_c - r_r}
 * @param bySource the same headline numbers per source (and per source/subset)
 */
public record RewardMetrics(long n, long ties, double accuracy, double wilsonLow, double wilsonHigh,
    long nLengthMatched, double accuracyLengthMatched, double longerWins, double longerWinsLengthMatched,
    double random, double ece, List<ReliabilityBin> reliability, double rewardEntropy, double meanMargin,
    Map<String, Group> bySource) {

  /** Headline numbers of one source or subset. */
  public record Group(long n, double accuracy, double wilsonLow, double wilsonHigh, long nLengthMatched,
      double accuracyLengthMatched, double longerWins) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n);
      m.put("accuracy", r(accuracy));
      m.put("accuracy_wilson_95", List.of(r(wilsonLow), r(wilsonHigh)));
      m.put("n_length_matched", nLengthMatched);
      m.put("accuracy_length_matched", r(accuracyLengthMatched));
      m.put("longer_wins", r(longerWins));
      return m;
    }
  }

  /** Copies the collections. */
  public RewardMetrics {
    reliability = List.copyOf(reliability);
    bySource = Map.copyOf(new LinkedHashMap<>(bySource));
  }

  /** The JSON shape {@code assay reward eval} prints (NaN becomes null). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("accuracy", r(accuracy));
    m.put("accuracy_wilson_95", List.of(r(wilsonLow), r(wilsonHigh)));
    m.put("accuracy_length_matched", r(accuracyLengthMatched));
    m.put("n_length_matched", nLengthMatched);
    m.put("ece", r(ece));
    m.put("reward_entropy", r(rewardEntropy));
    m.put("mean_margin", r(meanMargin));
    m.put("ties_skipped", ties);
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("longer_wins", r(longerWins));
    base.put("longer_wins_length_matched", r(longerWinsLengthMatched));
    base.put("random", r(random));
    m.put("baselines", base);
    Map<String, Object> src = new java.util.TreeMap<>();
    bySource.forEach((k, g) -> src.put(k, g.toMap()));
    m.put("by_source", src);
    m.put("reliability", reliability.stream().filter(b -> b.count() > 0).map(b -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("lower", r(b.lower()));
      x.put("upper", r(b.upper()));
      x.put("count", b.count());
      x.put("mean_p", r(b.meanConfidence()));
      x.put("observed", r(b.accuracy()));
      return x;
    }).toList());
    return m;
  }

  static Double r(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
  }
}
