package dev.assay.stats.agreement;

import java.util.Arrays;

/** Conversions between count tables and rating matrices (package-private). */
final class Tables {
  private Tables() {}

  /**
   * Expands an items x categories count table into items x raters ratings with category indices
   * {@code 0..K-1} as values, padding shorter items with {@code NaN}.
   */
  static double[][] ratingsFromCounts(int[][] counts, String what) {
    if (counts.length == 0) {
      throw new IllegalArgumentException(what + ": no items");
    }
    int k = counts[0].length;
    int width = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException(
            what + ": row " + i + " has " + counts[i].length + " categories, expected " + k);
      }
      int r = 0;
      for (int c : counts[i]) {
        if (c < 0) {
          throw new IllegalArgumentException(what + ": negative count in row " + i);
        }
        r += c;
      }
      width = Math.max(width, r);
    }
    double[][] out = new double[counts.length][width];
    for (int i = 0; i < counts.length; i++) {
      Arrays.fill(out[i], Double.NaN);
      int pos = 0;
      for (int cat = 0; cat < k; cat++) {
        for (int j = 0; j < counts[i][cat]; j++) {
          out[i][pos++] = cat;
        }
      }
    }
    return out;
  }
}
