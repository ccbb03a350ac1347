package dev.assay.stats.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-fold splits with scikit-learn's {@code KFold} semantics: the first {@code n % k} folds get
 * {@code n / k + 1} samples, the others {@code n / k}; without shuffling fold {@code i} is a
 * contiguous block. With shuffling the indices are permuted first by a seeded Fisher-Yates shuffle
 * (reproducible here, but not the same permutation as NumPy's).
 *
 * <pre>{@code
 * List<Fold> folds = KFold.split(5, 2, false, 0);   // test [0,1,2] then [3,4]
 * }</pre>
 */
public final class KFold {
  private KFold() {}

  /**
   * The folds.
   *
   * @throws IllegalArgumentException unless {@code 2 <= k <= n}
   */
  public static List<Fold> split(int n, int k, boolean shuffle, long seed) {
    check(n, k);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (shuffle) {
      shuffle(order, new SplittableRandom(seed));
    }
    int[] assignment = new int[n];
    int current = 0;
    for (int f = 0; f < k; f++) {
      int size = n / k + (f < n % k ? 1 : 0);
      for (int i = current; i < current + size; i++) {
        assignment[order[i]] = f;
      }
      current += size;
    }
    List<Fold> folds = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      folds.add(Fold.fromAssignment(assignment, f));
    }
    return folds;
  }

  static void check(int n, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k: expected at least 2 folds, found " + k);
    }
    if (k > n) {
      throw new IllegalArgumentException("k: expected at most " + n + " folds (one per sample), found " + k);
    }
  }

  static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
