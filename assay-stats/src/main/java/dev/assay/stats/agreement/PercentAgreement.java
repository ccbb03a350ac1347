package dev.assay.stats.agreement;

/**
 * Percent agreement among any number of raters, with missing ratings: over the items rated by
 * at least two raters, the mean share of agreeing pairs of raters, {@code sum_k n_ik (n_ik - 1) /
 * (r_i (r_i - 1))} where {@code n_ik} raters put item {@code i} in category {@code k} and {@code
 * r_i} rated it. With two raters and no missing ratings this is the share of items on which they
 * agree. It is the {@code p_a} of Fleiss' kappa and Gwet's AC1 as computed by irrCAC.
 *
 * <pre>{@code
 * double[][] ratings = {{1, 1}, {2, 1}, {3, 3}, {1, Double.NaN}};
 * PercentAgreement.of(ratings); // 2/3: items 0 and 2 agree, item 3 has one rating
 * }</pre>
 */
public final class PercentAgreement {
  private PercentAgreement() {}

  /** Items x raters ratings, {@code NaN} for missing. */
  public static double of(double[][] ratings) {
    return RatingCounts.of(ratings, "percent agreement").observedAgreement("percent agreement");
  }
}
