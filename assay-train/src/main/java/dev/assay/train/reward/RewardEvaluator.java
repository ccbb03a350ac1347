package dev.assay.train.reward;

import dev.assay.models.reward.RewardPair;
import dev.assay.stats.calibration.CalibrationError;
import dev.assay.stats.calibration.ReliabilityDiagram;
import dev.assay.stats.info.FlipRate;
import dev.assay.stats.info.FlipRateResult;
import dev.assay.stats.info.PairOutcome;
import dev.assay.stats.info.RewardEntropy;
import dev.assay.stats.info.TiePolicy;
import dev.assay.stats.interval.Interval;
import dev.assay.stats.interval.ProportionInterval;
import dev.assay.stats.math.Logistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link RewardMetrics} from pairs and their rewards: accuracy with a 95% Wilson interval,
 * accuracy on length-matched pairs, the "longer wins" and "random" baselines, symmetrised ECE and
 * reliability bins, reward entropy, and a breakdown per source and per source/subset.
 *
 * <pre>{@code
 * RewardMetrics m = RewardEvaluator.evaluate(pairs, rewardsChosen, rewardsRejected);
 * }</pre>
 */
public final class RewardEvaluator {
  /** Responses within this relative length difference count as length-matched. */
  public static final double LENGTH_MATCH = 0.10;
  private static final int BINS = 10;

  private RewardEvaluator() {}

  /** Metrics of {@code pairs} scored {@code rc} (chosen) and {@code rr} (rejected). */
  public static RewardMetrics evaluate(List<RewardPair> pairs, double[] rc, double[] rr) {
    if (pairs.size() != rc.length || rc.length != rr.length) {
      throw new IllegalArgumentException("expected one reward pair per pair");
    }
    List<Integer> decided = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).decided()) {
        decided.add(i);
      }
    }
    if (decided.isEmpty()) {
      throw new IllegalArgumentException("no decided pairs to evaluate (all " + pairs.size() + " are ties)");
    }
    Group all = group(pairs, rc, rr, decided);
    int n = decided.size();
    int[] y = new int[2 * n];
    double[] prob = new double[2 * n];
    double[] c = new double[n];
    double[] r = new double[n];
    for (int k = 0; k < n; k++) {
      int i = decided.get(k);
      double p = Logistic.sigmoid(rc[i] - rr[i]);
      y[2 * k] = 1;
      prob[2 * k] = p;
      prob[2 * k + 1] = 1 - p;
      c[k] = rc[i];
      r[k] = rr[i];
    }
    ReliabilityDiagram diagram = ReliabilityDiagram.of(y, prob, BINS);
    var entropy = RewardEntropy.of(c, r);
    Map<String, List<Integer>> bySource = new LinkedHashMap<>();
    for (int i : decided) {
      RewardPair p = pairs.get(i);
      bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(i);
      if (p.subset() != null) {
        bySource.computeIfAbsent(p.source() + "/" + p.subset(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, RewardMetrics.Group> groups = new LinkedHashMap<>();
    bySource.forEach((k, idx) -> {
      Group g = group(pairs, rc, rr, idx);
      groups.put(k, new RewardMetrics.Group(g.n, g.acc, g.ci.lower(), g.ci.upper(), g.nMatched, g.accMatched, g.longer));
    });
    return new RewardMetrics(n, pairs.size() - n, all.acc, all.ci.lower(), all.ci.upper(), all.nMatched,
        all.accMatched, all.longer, all.longerMatched, 0.5, CalibrationError.of(diagram, CalibrationError.Norm.L1),
        diagram.bins(), entropy.entropy(), entropy.meanMargin(), groups);
  }

  /**
   * The flip rate between two reward models on the same pairs: the share of pairs whose preferred
   * response differs ({@link FlipRate}, ties in reward excluded). Returns {@code flip_rate},
   * {@code flips}, {@code compared}, {@code excluded}.
   */
  public static Map<String, Object> flipRate(double[] rcA, double[] rrA, double[] rcB, double[] rrB) {
    List<PairOutcome> a = new ArrayList<>();
    List<PairOutcome> b = new ArrayList<>();
    for (int i = 0; i < rcA.length; i++) {
      a.add(outcome(rcA[i], rrA[i]));
      b.add(outcome(rcB[i], rrB[i]));
    }
    FlipRateResult r = FlipRate.of(a, b, TiePolicy.EXCLUDE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("flip_rate", RewardMetrics.r(r.rate()));
    m.put("flips", r.flips());
    m.put("compared", r.compared());
    m.put("excluded_ties", r.excluded());
    return m;
  }

  private static PairOutcome outcome(double chosen, double rejected) {
    return chosen > rejected ? PairOutcome.FIRST : chosen < rejected ? PairOutcome.SECOND : PairOutcome.TIE;
  }

  /** Whether the two responses' lengths (characters) differ by at most {@value #LENGTH_MATCH} of the longer. */
  public static boolean lengthMatched(RewardPair p) {
    int a = p.chosen().length();
    int b = p.rejected().length();
    return Math.abs(a - b) <= LENGTH_MATCH * Math.max(a, b);
  }

  private record Group(long n, double acc, Interval ci, long nMatched, double accMatched, double longer, double longerMatched) {}

  private static Group group(List<RewardPair> pairs, double[] rc, double[] rr, List<Integer> idx) {
    double correct = 0;
    double longer = 0;
    double matchedCorrect = 0;
    double matchedLonger = 0;
    long matched = 0;
    for (int i : idx) {
      RewardPair p = pairs.get(i);
      double hit = rc[i] > rr[i] ? 1 : rc[i] == rr[i] ? 0.5 : 0;
      int lc = p.chosen().length();
      int lr = p.rejected().length();
      double lhit = lc > lr ? 1 : lc == lr ? 0.5 : 0;
      correct += hit;
      longer += lhit;
      if (lengthMatched(p)) {
        matched++;
        matchedCorrect += hit;
        matchedLonger += lhit;
      }
    }
    long n = idx.size();
    Interval ci = ProportionInterval.wilson(Math.round(Math.floor(correct)), n, 0.95);
    return new Group(n, correct / n, ci, matched, matched == 0 ? Double.NaN : matchedCorrect / matched,
        longer / n, matched == 0 ? Double.NaN : matchedLonger / matched);
  }
}
