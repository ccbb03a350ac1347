package dev.assay.stats.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Stratified k-fold splits with scikit-learn's {@code StratifiedKFold} allocation (version 0.22
 * on): classes are numbered in order of first appearance, the sorted class labels are dealt
 * round-robin to the folds to fix how many samples of each class each fold gets, and within a
 * class samples go to folds 0, 1, ... in index order (in a seeded random order when shuffling,
 * which is reproducible but not NumPy's permutation).
 *
 * <pre>{@code
 * List<Fold> folds = StratifiedKFold.split(List.of(1, 1, 0, 0), 2, false, 0);  // test [0,2], [1,3]
 * }</pre>
 */
public final class StratifiedKFold {
  private StratifiedKFold() {}

  /**
   * The folds.
   *
   * @throws IllegalArgumentException unless {@code 2 <= k <= n}, or if every class has fewer
   *     than {@code k} members (as scikit-learn)
   */
  public static <T> List<Fold> split(List<T> labels, int k, boolean shuffle, long seed) {
    Objects.requireNonNull(labels, "labels");
    int n = labels.size();
    KFold.check(n, k);
    Map<T, Integer> classes = new LinkedHashMap<>();
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      T label = labels.get(i);
      if (label == null) {
        throw new IllegalArgumentException("labels[" + i + "]: expected a label, found null");
      }
      y[i] = classes.computeIfAbsent(label, c -> classes.size());
    }
    int nClasses = classes.size();
    int[] counts = new int[nClasses];
    for (int c : y) {
      counts[c]++;
    }
    if (Arrays.stream(counts).allMatch(c -> c < k)) {
      throw new IllegalArgumentException(
          "k: expected at most the size of the largest class, " + Arrays.stream(counts).max().getAsInt() + ", found " + k);
    }
    int[] sorted = y.clone();
    Arrays.sort(sorted);
    int[][] allocation = new int[k][nClasses];
    for (int i = 0; i < n; i++) {
      allocation[i % k][sorted[i]]++;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] assignment = new int[n];
    for (int c = 0; c < nClasses; c++) {
      int[] foldsForClass = new int[counts[c]];
      int p = 0;
      for (int f = 0; f < k; f++) {
        for (int r = 0; r < allocation[f][c]; r++) {
          foldsForClass[p++] = f;
        }
      }
      if (shuffle) {
        KFold.shuffle(foldsForClass, rng);
      }
      p = 0;
      for (int i = 0; i < n; i++) {
        if (y[i] == c) {
          assignment[i] = foldsForClass[p++];
        }
      }
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      folds.add(Fold.fromAssignment(assignment, f));
    }
    return folds;
  }
}
