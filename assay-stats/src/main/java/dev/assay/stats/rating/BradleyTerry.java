package dev.assay.stats.rating;

import java.util.Objects;

/**
 * Bradley-Terry maximum-likelihood ratings with ties as half-wins, as FastChat's {@code
 * compute_bt} ({@code fastchat/serve/monitor/rating_systems.py}): {@code P(i beats j) = 1 / (1 +
 * base^((R_j - R_i) / scale))}, unregularised, ratings centred on {@code initRating} (FastChat's
 * L-BFGS starts at zero and stays on the zero-sum plane) or shifted to an anchor model.
 *
 * <p>Unlike FastChat's {@code compute_bt}, no anchor is applied by default (FastChat pins {@code
 * mixtral-8x7b-instruct-v0.1} at 1114 whenever that model is present); pass one with {@link
 * RatingScale#withAnchor}. The fit is a Newton method on the compressed pair counts, converged far
 * tighter than FastChat's {@code gtol=1e-6}. If the data have no finite maximum (a model that
 * never wins or never loses, or disconnected groups) the ratings of such models drift towards
 * infinity and are cut off after {@code maxIterations}, as FastChat's {@code maxiter=100} does.
 *
 * <pre>{@code
 * PairwiseCounts counts = PairwiseCounts.of(battles);
 * RatingTable ratings = BradleyTerry.fit(counts, RatingScale.FASTCHAT);
 * }</pre>
 */
public final class BradleyTerry {
  /** Default convergence tolerance on the Newton step, in natural units. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  /** Default cap on Newton iterations. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private BradleyTerry() {}

  /** Fits with the default tolerance and iteration cap. */
  public static RatingTable fit(PairwiseCounts counts, RatingScale scale) {
    return fit(counts, scale, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Fits the ratings.
   *
   * @param tolerance stop once the largest Newton step is below this (natural units, > 0)
   * @param maxIterations cap on Newton iterations (>= 1)
   * @throws IllegalArgumentException on an invalid argument or an anchor model absent from the
   *     counts
   */
  public static RatingTable fit(
      PairwiseCounts counts, RatingScale scale, double tolerance, int maxIterations) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(scale, "scale");
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance: expected > 0, found " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations: expected >= 1, found " + maxIterations);
    }
    int anchor = anchorIndex(counts, scale);
    double[] r = natural(counts, counts.cells(), scale.alpha(), null, tolerance, maxIterations);
    scale.toDisplay(r, anchor);
    return new RatingTable(counts.models(), r);
  }

  /** Natural-unit fit on cell counts laid out as {@link PairwiseCounts#cells()}. */
  static double[] natural(
      PairwiseCounts counts,
      double[] cells,
      double alpha,
      double[] start,
      double tolerance,
      int maxIterations) {
    int pairs = counts.pairCount();
    double[] soft = new double[pairs];
    double[] totals = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      double w1 = cells[3 * p];
      double w2 = cells[3 * p + 1];
      double t = cells[3 * p + 2];
      soft[p] = w1 + 0.5 * t;
      totals[p] = w1 + w2 + t;
    }
    return NewtonBradleyTerry.solve(
        counts.firstIndices(),
        counts.secondIndices(),
        soft,
        totals,
        counts.modelCount(),
        alpha,
        start,
        tolerance,
        maxIterations);
  }

  static int anchorIndex(PairwiseCounts counts, RatingScale scale) {
    if (scale.anchorModel() == null) {
      return -1;
    }
    int i = counts.models().indexOf(scale.anchorModel());
    if (i < 0) {
      throw new IllegalArgumentException(
          "anchor: model '" + scale.anchorModel() + "' does not appear in any battle");
    }
    return i;
  }
}
