package dev.assay.stats.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Group k-fold splits with scikit-learn's {@code GroupKFold} (1.2) algorithm: no group is split
 * across folds; groups (distinct values, in sorted order) are taken from largest to smallest and
 * each goes to the fold with the fewest samples so far (the lowest-numbered on ties). Among groups
 * of equal size, scikit-learn's order follows NumPy's argsort; here it is the reverse of the sorted
 * order, which is what NumPy's argsort gives for up to 16 groups.
 *
 * <pre>{@code
 * List<Fold> folds = GroupKFold.split(List.of("a", "a", "b", "c"), 2);
 * }</pre>
 */
public final class GroupKFold {
  private GroupKFold() {}

  /**
   * The folds.
   *
   * @throws IllegalArgumentException if {@code k < 2} or there are fewer groups than folds
   */
  public static <T extends Comparable<? super T>> List<Fold> split(List<T> groups, int k) {
    Objects.requireNonNull(groups, "groups");
    if (k < 2) {
      throw new IllegalArgumentException("k: expected at least 2 folds, found " + k);
    }
    TreeMap<T, Integer> index = new TreeMap<>();
    for (int i = 0; i < groups.size(); i++) {
      T g = groups.get(i);
      if (g == null) {
        throw new IllegalArgumentException("groups[" + i + "]: expected a group, found null");
      }
      index.put(g, 0);
    }
    int nGroups = index.size();
    if (k > nGroups) {
      throw new IllegalArgumentException("k: expected at most " + nGroups + " folds (one per group), found " + k);
    }
    int next = 0;
    for (T g : index.keySet()) {
      index.put(g, next++);
    }
    int[] g = new int[groups.size()];
    int[] size = new int[nGroups];
    for (int i = 0; i < g.length; i++) {
      g[i] = index.get(groups.get(i));
      size[g[i]]++;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nGroups; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> size[i]).thenComparingInt(i -> i));
    java.util.Collections.reverse(order);
    long[] perFold = new long[k];
    int[] groupToFold = new int[nGroups];
    for (int gi : order) {
      int lightest = 0;
      for (int f = 1; f < k; f++) {
        if (perFold[f] < perFold[lightest]) {
          lightest = f;
        }
      }
      perFold[lightest] += size[gi];
      groupToFold[gi] = lightest;
    }
    int[] assignment = new int[g.length];
    for (int i = 0; i < g.length; i++) {
      assignment[i] = groupToFold[g[i]];
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      folds.add(Fold.fromAssignment(assignment, f));
    }
    return folds;
  }
}
