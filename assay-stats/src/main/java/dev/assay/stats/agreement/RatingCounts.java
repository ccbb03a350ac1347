package dev.assay.stats.agreement;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Items x raters ratings turned into items x categories counts (package-private). Missing
 * ratings are {@code NaN}; items without any rating are dropped, as irrCAC does.
 */
final class RatingCounts {
  /** Distinct rating values, ascending. */
  final double[] categories;
  /** {@code counts[i][k]}: how many raters put item i in category k (items with >= 1 rating). */
  final int[][] counts;
  /** {@code raters[i]}: how many ratings item i has. */
  final int[] raters;
  final int nRaters;

  private RatingCounts(double[] categories, int[][] counts, int[] raters, int nRaters) {
    this.categories = categories;
    this.counts = counts;
    this.raters = raters;
    this.nRaters = nRaters;
  }

  static RatingCounts of(double[][] ratings, String what) {
    int nRaters = check(ratings, what);
    TreeSet<Double> seen = new TreeSet<>();
    for (double[] row : ratings) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          seen.add(v);
        }
      }
    }
    double[] cats = seen.stream().mapToDouble(Double::doubleValue).toArray();
    int[][] counts = new int[ratings.length][];
    int[] raters = new int[ratings.length];
    int kept = 0;
    for (double[] row : ratings) {
      int[] c = new int[cats.length];
      int r = 0;
      for (double v : row) {
        if (!Double.isNaN(v)) {
          c[Arrays.binarySearch(cats, v)]++;
          r++;
        }
      }
      if (r > 0) {
        counts[kept] = c;
        raters[kept] = r;
        kept++;
      }
    }
    if (kept == 0) {
      throw new IllegalArgumentException(what + ": no ratings at all (every cell is missing)");
    }
    return new RatingCounts(
        cats, Arrays.copyOf(counts, kept), Arrays.copyOf(raters, kept), nRaters);
  }

  /** Validates a rectangular, non-empty matrix of finite values or NaN; returns its width. */
  static int check(double[][] ratings, String what) {
    if (ratings.length == 0) {
      throw new IllegalArgumentException(what + ": no items");
    }
    int width = ratings[0].length;
    if (width == 0) {
      throw new IllegalArgumentException(what + ": no raters");
    }
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i].length != width) {
        throw new IllegalArgumentException(
            what + ": item " + i + " has " + ratings[i].length + " ratings, expected " + width
                + " (one per rater; use NaN for a missing rating)");
      }
      for (int r = 0; r < width; r++) {
        double v = ratings[i][r];
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              what + ": rating of item " + i + " by rater " + r + " is infinite");
        }
      }
    }
    return width;
  }

  int items() {
    return counts.length;
  }

  /**
   * Observed agreement: over items with at least two ratings, the mean share of agreeing ordered
   * pairs of raters, {@code sum_k n_ik (n_ik - 1) / (r_i (r_i - 1))}.
   */
  double observedAgreement(String what) {
    double sum = 0;
    int used = 0;
    for (int i = 0; i < counts.length; i++) {
      int r = raters[i];
      if (r < 2) {
        continue;
      }
      double agree = 0;
      for (int c : counts[i]) {
        agree += (double) c * (c - 1);
      }
      sum += agree / ((double) r * (r - 1));
      used++;
    }
    if (used == 0) {
      throw new IllegalArgumentException(
          what + ": no item has ratings from at least two raters");
    }
    return sum / used;
  }

  /** Items with at least two ratings. */
  int pairableItems() {
    int n = 0;
    for (int r : raters) {
      if (r >= 2) {
        n++;
      }
    }
    return n;
  }

  /** {@code pi_k}: the mean over rated items of the share of the item's ratings in category k. */
  double[] categoryShares() {
    double[] pi = new double[categories.length];
    for (int i = 0; i < counts.length; i++) {
      for (int k = 0; k < pi.length; k++) {
        pi[k] += (double) counts[i][k] / raters[i];
      }
    }
    for (int k = 0; k < pi.length; k++) {
      pi[k] /= counts.length;
    }
    return pi;
  }
}
