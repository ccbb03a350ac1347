package dev.assay.stats.rating;

/**
 * Sums doubles in the same order as NumPy's pairwise summation ({@code pairwise_sum} in
 * {@code numpy/core/src/umath/loops_utils.h}), so that means computed here equal pandas' to the
 * last bit. Blocks of at most 128 values are summed with eight interleaved accumulators; longer
 * ranges are split in two (the first half a multiple of 8) and summed recursively.
 *
 * <pre>{@code
 * double s = PairwiseSum.sum(values, 0, values.length);
 * }</pre>
 */
final class PairwiseSum {
  private static final int BLOCK = 128;

  private PairwiseSum() {}

  static double sum(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0; // NumPy starts from -0.0 only for an empty reduction; 0.0 + x == x
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return n == 0 ? 0.0 : res;
    }
    if (n <= BLOCK) {
      double r0 = a[from];
      double r1 = a[from + 1];
      double r2 = a[from + 2];
      double r3 = a[from + 3];
      double r4 = a[from + 4];
      double r5 = a[from + 5];
      double r6 = a[from + 6];
      double r7 = a[from + 7];
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        r0 += a[from + i];
        r1 += a[from + i + 1];
        r2 += a[from + i + 2];
        r3 += a[from + i + 3];
        r4 += a[from + i + 4];
        r5 += a[from + i + 5];
        r6 += a[from + i + 6];
        r7 += a[from + i + 7];
      }
      double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return sum(a, from, n2) + sum(a, from + n2, n - n2);
  }
}
