package dev.assay.quality.dedup;

/**
 * The banding of a MinHash LSH index: {@code bands} bands of {@code rows} signature values each
 * (the {@code bands × rows} values used may be fewer than the permutations). Two records with
 * Jaccard similarity {@code s} share at least one band with probability {@code 1 − (1 − s^r)^b}
 * (the S-curve).
 *
 * <p>{@link #optimal} chooses them as datasketch's {@code _optimal_param} does: over every
 * {@code b} in 1..P and {@code r} in 1..⌊P/b⌋, minimise {@code wFP·FP + wFN·FN}, where FP is the
 * area under the S-curve below the threshold and FN the area above it under {@code 1 − S}. The
 * integrands are polynomials of degree {@code b·r ≤ P}, so a Gauss-Legendre rule with
 * {@code ⌈(P+1)/2⌉} nodes integrates them exactly (datasketch uses scipy's adaptive quad);
 * the first minimum in datasketch's loop order wins ties.
 *
 * <pre>{@code
 * LshParams p = LshParams.optimal(0.8, 128, 0.5, 0.5);   // 9 bands x 13 rows
 * double pr = p.collisionProbability(0.85);
 * }</pre>
 *
 * @param bands number of bands, ≥ 1
 * @param rows signature values per band, ≥ 1
 */
public record LshParams(int bands, int rows) {

  public LshParams {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands and rows: expected at least 1 each, found " + bands + " x " + rows);
    }
  }

  /** The values a signature needs: {@code bands × rows}. */
  public int width() {
    return bands * rows;
  }

  /** Probability that two records of Jaccard {@code s} share at least one band. */
  public double collisionProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /**
   * The bands and rows that minimise {@code fpWeight·FP + fnWeight·FN} for {@code threshold} and
   * {@code numPerm} permutations.
   */
  public static LshParams optimal(double threshold, int numPerm, double fpWeight, double fnWeight) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold: expected a value in (0, 1), found " + threshold);
    }
    if (numPerm < 1) {
      throw new IllegalArgumentException("num_perm: expected at least 1, found " + numPerm);
    }
    if (!(fpWeight >= 0 && fnWeight >= 0) || fpWeight + fnWeight == 0) {
      throw new IllegalArgumentException(
          "false_positive_weight and false_negative_weight: expected non-negative and not both 0,"
              + " found " + fpWeight + " and " + fnWeight);
    }
    GaussLegendre gl = new GaussLegendre(numPerm / 2 + 1);
    double best = Double.POSITIVE_INFINITY;
    int bestB = 0;
    int bestR = 0;
    for (int b = 1; b <= numPerm; b++) {
      for (int r = 1; r <= numPerm / b; r++) {
        double fp = falsePositiveArea(gl, threshold, b, r);
        double fn = falseNegativeArea(gl, threshold, b, r);
        double error = fp * fpWeight + fn * fnWeight;
        if (error < best) {
          best = error;
          bestB = b;
          bestR = r;
        }
      }
    }
    return new LshParams(bestB, bestR);
  }

  /** ∫₀^t 1 − (1 − s^r)^b ds: the chance mass of collisions below the threshold. */
  static double falsePositiveArea(GaussLegendre gl, double t, int b, int r) {
    return gl.integrate(s -> 1 - Math.pow(1 - Math.pow(s, r), b), 0, t);
  }

  /** ∫_t^1 (1 − s^r)^b ds: the chance mass of misses above the threshold. */
  static double falseNegativeArea(GaussLegendre gl, double t, int b, int r) {
    return gl.integrate(s -> Math.pow(1 - Math.pow(s, r), b), t, 1);
  }
}
