package dev.assay.bench;

import dev.assay.core.io.Json;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.dedup.MinHashDedup;
import dev.assay.quality.dedup.Shingler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-duplicate accuracy of {@code minhash_dedup} on a {@link NearDupCorpus}: precision, recall
 * and F1 of duplicate pairs, where a pair is truly a duplicate when the exact Jaccard similarity of
 * its shingle sets ({@link PairTruth}) reaches the threshold, and predicted a duplicate when the
 * dedup put both in one cluster (a cluster of k records predicts all k(k−1)/2 pairs). Reported over
 * all pairs and per edit rate over the (base, variant) pairs.
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-cli/target/lib/*' dev.assay.bench.NearDupBenchmark \
 *     ../shared/data/alpaca_eval/annotations 1000 42
 * }</pre>
 */
public final class NearDupBenchmark {
  /** Edit rates of the variants: word-level edit probability per word. */
  public static final double[] RATES = {0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2};

  private NearDupBenchmark() {}

  /** Pair counts and the scores they give. */
  public record Score(long truePairs, long predictedPairs, long truePositives) {
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) truePositives / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) truePositives / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The result at one edit rate: mean true Jaccard of its (base, variant) pairs and their score. */
  public record RateScore(double rate, double meanJaccard, double shareAbove, Score score) {}

  /** Overall and per-rate scores. */
  public record Result(double threshold, boolean verify, Score overall, List<RateScore> byRate) {}

  /** Runs {@code check} over the corpus and scores it against {@code truth}. */
  public static Result evaluate(NearDupCorpus c, PairTruth truth, MinHashDedup check) {
    double t = check.threshold();
    DatasetCheck.Session s = check.start();
    for (int i = 0; i < c.texts().size(); i++) {
      s.observe(new QaRecord(i + 1, String.valueOf(i + 1), Json.MAPPER.nullNode(), c.texts().get(i)));
    }
    Map<Long, Finding> f = s.findings();
    int n = c.texts().size();
    int[] cluster = new int[n];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Finding x = f.get((long) i + 1);
      cluster[i] = x == null ? i : (int) x.duplicateOf() - 1;
      members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
    }
    Set<Long> predicted = new HashSet<>();
    for (List<Integer> m : members.values()) {
      for (int a = 0; a < m.size(); a++) {
        for (int b = a + 1; b < m.size(); b++) {
          predicted.add(key(m.get(a), m.get(b)));
        }
      }
    }
    long trueCount = 0;
    long tp = 0;
    for (Map.Entry<Long, Double> e : truth.pairs().entrySet()) {
      if (e.getValue() >= t) {
        trueCount++;
        if (predicted.contains(e.getKey())) {
          tp++;
        }
      }
    }
    Score overall = new Score(trueCount, predicted.size(), tp);
    List<RateScore> byRate = new ArrayList<>();
    for (double rate : RATES) {
      long tr = 0;
      long pr = 0;
      long both = 0;
      long pairs = 0;
      double sumJ = 0;
      for (int i = 0; i < n; i++) {
        if (c.rate()[i] != rate) {
          continue;
        }
        int base = baseOf(c, i);
        double j = truth.jaccard(base, i);
        boolean isTrue = j >= t;
        boolean isPred = cluster[i] == cluster[base];
        pairs++;
        sumJ += j;
        tr += isTrue ? 1 : 0;
        pr += isPred ? 1 : 0;
        both += isTrue && isPred ? 1 : 0;
      }
      if (pairs > 0) {
        byRate.add(new RateScore(rate, sumJ / pairs, (double) tr / pairs, new Score(tr, pr, both)));
      }
    }
    return new Result(t, check.verify(), overall, byRate);
  }

  private static int baseOf(NearDupCorpus c, int i) {
    int b = i;
    while (b > 0 && c.group()[b - 1] == c.group()[i]) {
      b--;
    }
    return b;
  }

  private static long key(int a, int b) {
    return PairTruth.key(Math.min(a, b), Math.max(a, b));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/alpaca_eval/annotations");
    int bases = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long t0 = System.nanoTime();
    NearDupCorpus c = NearDupCorpus.build(NearDupCorpus.alpacaOutputs(dir, bases, 50), RATES, seed);
    PairTruth truth = PairTruth.of(c.texts(), new Shingler(true, 5, true));
    System.out.printf("%d documents (%d bases x %d variants), %d overlapping pairs, %.1f s%n",
        c.texts().size(), bases, RATES.length, truth.pairs().size(), (System.nanoTime() - t0) / 1e9);
    for (double threshold : new double[] {0.8, 0.5}) {
      for (MinHashDedup check : configs(threshold)) {
        print(evaluate(c, truth, check), check);
      }
    }
  }

  /**
   * The configurations compared: the defaults (datasketch's banding, weights 0.5/0.5, no
   * verification) and the recall-tuned one (weights 0.1/0.9, verified).
   */
  public static List<MinHashDedup> configs(double threshold) {
    MinHashDedup d = MinHashDedup.defaults().withThreshold(threshold);
    return List.of(d, d.withWeights(0.1, 0.9).withVerify(true));
  }

  static void print(Result r, MinHashDedup check) {
    System.out.printf("%nthreshold %.1f, weights %.1f/%.1f, %s, %s: all pairs P %.4f R %.4f F1 %.4f (true %d, predicted %d)%n",
        r.threshold(), check.falsePositiveWeight(), check.falseNegativeWeight(),
        r.verify() ? "verified" : "not verified", check.lshParams(),
        r.overall().precision(), r.overall().recall(), r.overall().f1(),
        r.overall().truePairs(), r.overall().predictedPairs());
    System.out.println("| edit rate | mean true Jaccard | pairs with J >= t | precision | recall | F1 |");
    System.out.println("|---|---|---|---|---|---|");
    for (RateScore s : r.byRate()) {
      System.out.printf("| %.3f | %.3f | %.1f%% | %.4f | %.4f | %.4f |%n", s.rate(), s.meanJaccard(),
          100 * s.shareAbove(), s.score().precision(), s.score().recall(), s.score().f1());
    }
  }
}
