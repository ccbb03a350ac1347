package dev.assay.stats.agreement;

/**
 * Gwet's AC1 for any number of raters with missing ratings, as irrCAC computes it ({@code
 * CAC.gwet()} with identity weights, after Gwet 2008 and 2014). {@code p_a} is the same observed
 * agreement as Fleiss' kappa (mean share of agreeing rater pairs over items with at least two
 * ratings); the chance agreement is {@code p_e = sum_k pi_k (1 - pi_k) / (q - 1)}, with {@code
 * pi_k} the mean over rated items of the item's share of ratings in category {@code k} and {@code
 * q} the number of categories. Unlike kappa, AC1 stays high when raters agree on a skewed
 * distribution (the "kappa paradox").
 *
 * <p><b>One category.</b> When all ratings fall in one category ({@code q = 1}) agreement is
 * perfect and AC1 is 1 (irrCAC sets {@code p_e} just below 1, which gives 1 too). Pass the full
 * category count with {@link #of(double[][], int)} when some categories of the scale were never
 * used, as irrCAC's {@code categories=} does.
 *
 * <pre>{@code
 * double[][] ratings = {{1, 1, Double.NaN}, {2, 2, 2}, {1, 2, 1}};
 * ChanceCorrected ac1 = GwetAc1.of(ratings);
 * ac1.value();
 * }</pre>
 */
public final class GwetAc1 {
  private GwetAc1() {}

  /** AC1 with {@code q} = the number of distinct categories seen. */
  public static ChanceCorrected of(double[][] ratings) {
    RatingCounts rc = RatingCounts.of(ratings, "Gwet's AC1");
    return of(rc, rc.categories.length);
  }

  /** AC1 with {@code q = categories}, at least the number of distinct categories seen. */
  public static ChanceCorrected of(double[][] ratings, int categories) {
    RatingCounts rc = RatingCounts.of(ratings, "Gwet's AC1");
    if (categories < rc.categories.length) {
      throw new IllegalArgumentException(
          "Gwet's AC1: " + categories + " categories declared but " + rc.categories.length
              + " distinct ratings found");
    }
    return of(rc, categories);
  }

  /**
   * AC1 with its standard error, confidence interval and p-value (see {@link
   * AgreementEstimate}), matching irrCAC's {@code CAC.gwet()}; {@code q} = the categories seen.
   * With a single category the coefficient is 1 and the other fields are NaN.
   */
  public static AgreementEstimate estimate(double[][] ratings, double confidence) {
    RatingCounts rc = RatingCounts.of(ratings, "Gwet's AC1");
    int q = rc.categories.length;
    ChanceCorrected c = of(rc, q);
    if (q < 2) {
      return new AgreementEstimate(c, Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidence);
    }
    return ItemVariance.estimate(rc, c, true, q, confidence);
  }

  private static ChanceCorrected of(RatingCounts rc, int q) {
    double pa = rc.observedAgreement("Gwet's AC1");
    if (q < 2) {
      return new ChanceCorrected(1.0, pa, 1.0, rc.pairableItems(), q);
    }
    double pe = 0;
    for (double p : rc.categoryShares()) {
      pe += p * (1 - p);
    }
    pe /= (q - 1);
    return ChanceCorrected.of(pa, pe, rc.pairableItems(), q);
  }
}
