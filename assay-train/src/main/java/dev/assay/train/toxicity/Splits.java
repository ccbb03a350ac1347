package dev.assay.train.toxicity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded, reproducible partitions of example indices: a stratified hold-out split and k folds.
 * {@link java.util.Random} with a fixed seed gives the same partition on every JVM.
 *
 * <pre>{@code
 * boolean[] test = Splits.stratifiedHoldOut(strata, 0.2, 42);   // strata: e.g. "olid/1" per example
 * int[] fold = Splits.folds(trainIndices, examples, 3, 7);
 * }</pre>
 */
public final class Splits {
  private Splits() {}

  /**
   * Marks {@code round(fraction * size)} examples of each stratum (shuffled with {@code seed}) as
   * test examples.
   */
  public static boolean[] stratifiedHoldOut(List<String> strata, double fraction, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("test fraction: expected [0, 1), found " + fraction);
    }
    boolean[] test = new boolean[strata.size()];
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < strata.size(); i++) {
      groups.computeIfAbsent(strata.get(i), k -> new ArrayList<>()).add(i);
    }
    Random r = new Random(seed);
    for (List<Integer> g : groups.values()) {
      Collections.shuffle(g, r);
      for (int k = 0; k < Math.round(g.size() * fraction); k++) {
        test[g.get(k)] = true;
      }
    }
    return test;
  }

  /**
   * Fold numbers {@code 0..k-1} for {@code indices} (shuffled with {@code seed}, then dealt round
   * robin); positions not in {@code indices} get -1.
   */
  public static int[] folds(int[] indices, int size, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("folds: expected >= 2, found " + k);
    }
    int[] fold = new int[size];
    java.util.Arrays.fill(fold, -1);
    List<Integer> idx = new ArrayList<>(indices.length);
    for (int i : indices) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    for (int j = 0; j < idx.size(); j++) {
      fold[idx.get(j)] = j % k;
    }
    return fold;
  }
}
