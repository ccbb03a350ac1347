package dev.assay.stats.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Battles compressed into per-pair counts: for every unordered pair of models {@code (i, j)},
 * {@code i < j}, how often {@code i} won, how often {@code j} won and how often they tied. The
 * Bradley-Terry likelihood depends on the battles only through these counts (which side was
 * {@code model_a} does not matter), so fitting and bootstrapping work on them instead of on the
 * battle list. Models are indexed in order of first appearance.
 *
 * <pre>{@code
 * PairwiseCounts.Builder b = PairwiseCounts.builder();
 * b.add("gpt-4", "vicuna-13b", BattleOutcome.MODEL_A);
 * b.add("vicuna-13b", "gpt-4", BattleOutcome.TIE);
 * PairwiseCounts counts = b.build();   // 2 models, 1 pair, 2 battles
 * }</pre>
 */
public final class PairwiseCounts {
  private final List<String> models;
  private final int[] first;
  private final int[] second;
  private final double[] winsFirst;
  private final double[] winsSecond;
  private final double[] ties;
  private final double total;

  private PairwiseCounts(
      List<String> models,
      int[] first,
      int[] second,
      double[] winsFirst,
      double[] winsSecond,
      double[] ties) {
    this.models = List.copyOf(models);
    this.first = first;
    this.second = second;
    this.winsFirst = winsFirst;
    this.winsSecond = winsSecond;
    this.ties = ties;
    double t = 0;
    for (int p = 0; p < first.length; p++) {
      t += winsFirst[p] + winsSecond[p] + ties[p];
    }
    this.total = t;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts the given battles. */
  public static PairwiseCounts of(Iterable<Battle> battles) {
    Builder b = builder();
    for (Battle battle : battles) {
      b.add(battle.modelA(), battle.modelB(), battle.outcome());
    }
    return b.build();
  }

  /** The models, in order of first appearance; indices below refer to this list. */
  public List<String> models() {
    return models;
  }

  /** Number of models. */
  public int modelCount() {
    return models.size();
  }

  /** Number of distinct pairs that met at least once. */
  public int pairCount() {
    return first.length;
  }

  /** Total number of battles (a double so that weighted counts are possible). */
  public double totalBattles() {
    return total;
  }

  /** Index of the lower-indexed model of pair {@code p}. */
  public int first(int p) {
    return first[p];
  }

  /** Index of the higher-indexed model of pair {@code p}. */
  public int second(int p) {
    return second[p];
  }

  /** Wins of {@code first(p)} over {@code second(p)}. */
  public double winsFirst(int p) {
    return winsFirst[p];
  }

  /** Wins of {@code second(p)} over {@code first(p)}. */
  public double winsSecond(int p) {
    return winsSecond[p];
  }

  /** Ties between the two models of pair {@code p}. */
  public double ties(int p) {
    return ties[p];
  }

  /** Battles each model took part in. */
  public double[] battlesPerModel() {
    double[] n = new double[models.size()];
    for (int p = 0; p < first.length; p++) {
      double c = winsFirst[p] + winsSecond[p] + ties[p];
      n[first[p]] += c;
      n[second[p]] += c;
    }
    return n;
  }

  /**
   * The counts as one flat array of cells {@code [winsFirst, winsSecond, ties]} per pair, the
   * categories that bootstrap resampling draws from.
   */
  double[] cells() {
    double[] c = new double[3 * first.length];
    for (int p = 0; p < first.length; p++) {
      c[3 * p] = winsFirst[p];
      c[3 * p + 1] = winsSecond[p];
      c[3 * p + 2] = ties[p];
    }
    return c;
  }

  int[] firstIndices() {
    return first;
  }

  int[] secondIndices() {
    return second;
  }

  /** Accumulates battles; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<Long, double[]> pairs = new HashMap<>();

    private Builder() {}

    /** Adds one battle between two different models. */
    public Builder add(String modelA, String modelB, BattleOutcome outcome) {
      return add(modelA, modelB, outcome, 1.0);
    }

    /** Adds {@code count} identical battles (a non-negative finite number). */
    public Builder add(String modelA, String modelB, BattleOutcome outcome, double count) {
      Objects.requireNonNull(modelA, "modelA");
      Objects.requireNonNull(modelB, "modelB");
      Objects.requireNonNull(outcome, "outcome");
      if (modelA.equals(modelB)) {
        throw new IllegalArgumentException(
            "battle: model_a and model_b must differ, both are '" + modelA + "'");
      }
      if (!(count >= 0) || Double.isInfinite(count)) {
        throw new IllegalArgumentException("count: expected a finite number >= 0, found " + count);
      }
      int a = index.computeIfAbsent(modelA, k -> index.size());
      int b = index.computeIfAbsent(modelB, k -> index.size());
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      double[] c = pairs.computeIfAbsent(((long) lo << 32) | hi, k -> new double[3]);
      switch (outcome) {
        case TIE -> c[2] += count;
        case MODEL_A -> c[a == lo ? 0 : 1] += count;
        case MODEL_B -> c[b == lo ? 0 : 1] += count;
      }
      return this;
    }

    /**
     * The counts so far.
     *
     * @throws IllegalArgumentException if no battle was added
     */
    public PairwiseCounts build() {
      if (pairs.isEmpty()) {
        throw new IllegalArgumentException("battles: expected at least one, found none");
      }
      long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      int n = keys.length;
      int[] first = new int[n];
      int[] second = new int[n];
      double[] w1 = new double[n];
      double[] w2 = new double[n];
      double[] t = new double[n];
      for (int p = 0; p < n; p++) {
        first[p] = (int) (keys[p] >>> 32);
        second[p] = (int) keys[p];
        double[] c = pairs.get(keys[p]);
        w1[p] = c[0];
        w2[p] = c[1];
        t[p] = c[2];
      }
      return new PairwiseCounts(new ArrayList<>(index.keySet()), first, second, w1, w2, t);
    }
  }

  @Override
  public String toString() {
    return "PairwiseCounts[models=" + models.size() + ", pairs=" + first.length + ", battles="
        + total + ", firstPair=" + (first.length > 0 ? Arrays.asList(first[0], second[0]) : "-")
        + "]";
  }
}
