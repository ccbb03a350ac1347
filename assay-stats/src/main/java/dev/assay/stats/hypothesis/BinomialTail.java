package dev.assay.stats.hypothesis;

import org.apache.commons.math3.special.Beta;

/** Exact tails of Binomial(n, 1/2) (package-private). */
final class BinomialTail {
  private BinomialTail() {}

  /**
   * {@code P(X <= k)} for {@code X ~ Binomial(n, 1/2)}, through the regularized incomplete beta
   * function {@code I_{1/2}(n - k, k + 1)}, which keeps full relative precision in the far lower
   * tail (no {@code 1 - x} cancellation).
   */
  static double cdfHalf(long k, long n) {
    if (k < 0) {
      return 0.0;
    }
    if (k >= n) {
      return 1.0;
    }
    return Beta.regularizedBeta(0.5, n - k, k + 1.0, 1e-16, Integer.MAX_VALUE);
  }

  /** Two-sided exact p-value of {@code k} successes in {@code n} fair trials. */
  static double twoSidedHalf(long k, long n) {
    if (n == 0) {
      return 1.0;
    }
    long tail = Math.min(k, n - k);
    if (2 * tail + 1 >= n) {
      return 1.0; // the smaller tail holds at least half the mass: exactly 1, not 1 - ulp
    }
    return Math.min(1.0, 2 * cdfHalf(tail, n));
  }
}
