package dev.assay.stats.agreement;

/**
 * Fleiss' kappa for any number of raters.
 *
 * <p>With complete data it equals statsmodels' {@code fleiss_kappa(table, method="fleiss")}:
 * {@code p_a} is the mean over items of the share of agreeing rater pairs and {@code p_e = sum_k
 * pi_k^2}, {@code pi_k} being the overall share of ratings in category {@code k}. With missing
 * ratings it follows Gwet's generalisation as implemented by irrCAC ({@code CAC.fleiss()}): {@code
 * p_a} is averaged over items with at least two ratings, and {@code pi_k} is the mean over rated
 * items of the item's share of ratings in category {@code k}.
 *
 * <p><b>Undefined case.</b> When every rating falls in one category, {@code p_e = 1} and kappa is
 * 0/0: the value is {@code NaN} (statsmodels also returns nan).
 *
 * <pre>{@code
 * double[][] ratings = {{1, 1, 2}, {2, 2, 2}, {1, Double.NaN, 1}};
 * double kappa = FleissKappa.of(ratings).value();
 * double sameAsStatsmodels = FleissKappa.fromCounts(new int[][] {{2, 1}, {0, 3}}).value();
 * }</pre>
 */
public final class FleissKappa {
  private FleissKappa() {}

  /** From items x raters ratings, {@code NaN} for missing. */
  public static ChanceCorrected of(double[][] ratings) {
    return of(RatingCounts.of(ratings, "Fleiss' kappa"));
  }

  /**
   * From an items x categories table of counts (statsmodels' input format): {@code
   * counts[i][k]} raters put item {@code i} in category {@code k}. Items may have different
   * numbers of ratings.
   */
  public static ChanceCorrected fromCounts(int[][] counts) {
    double[][] asRatings = Tables.ratingsFromCounts(counts, "Fleiss' kappa");
    return of(asRatings);
  }

  /**
   * Kappa with its standard error, confidence interval and p-value (see {@link
   * AgreementEstimate}), matching irrCAC's {@code CAC.fleiss()}; NaN when kappa is undefined.
   */
  public static AgreementEstimate estimate(double[][] ratings, double confidence) {
    RatingCounts rc = RatingCounts.of(ratings, "Fleiss' kappa");
    return ItemVariance.estimate(rc, of(rc), false, rc.categories.length, confidence);
  }

  static ChanceCorrected of(RatingCounts rc) {
    double pa = rc.observedAgreement("Fleiss' kappa");
    double pe = 0;
    for (double p : rc.categoryShares()) {
      pe += p * p;
    }
    return ChanceCorrected.of(pa, pe, rc.pairableItems(), rc.categories.length);
  }
}
