package dev.assay.stats.agreement;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Variance of Fleiss' kappa and Gwet's AC1 over items (unweighted), after Gwet (2014) as
 * implemented by irrCAC's {@code CAC.fleiss()} and {@code CAC.gwet()} with identity weights and
 * an infinite population (package-private).
 */
final class ItemVariance {
  private ItemVariance() {}

  /**
   * @param rc the counts
   * @param c the coefficient with its chance agreement
   * @param gwet true for AC1's per-item chance term, false for Fleiss'
   * @param q the number of categories (used by AC1)
   * @param confidence the level of the t interval
   */
  static AgreementEstimate estimate(
      RatingCounts rc, ChanceCorrected c, boolean gwet, int q, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "agreement: confidence must lie strictly between 0 and 1, found " + confidence);
    }
    double value = c.value();
    double pe = c.expected();
    int n = rc.items();
    int n2 = rc.pairableItems();
    if (Double.isNaN(value) || pe >= 1 || n < 2) {
      return new AgreementEstimate(c, Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidence);
    }
    double[] pi = rc.categoryShares();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      int r = rc.raters[i];
      int[] counts = rc.counts[i];
      double paI = 0;
      if (r >= 2) {
        for (int k : counts) {
          paI += (double) k * (k - 1);
        }
        paI /= (double) r * (r - 1);
      }
      double itemValue = ((double) n / n2) * (paI - (r >= 2 ? pe : 0)) / (1 - pe);
      double peI = 0;
      for (int k = 0; k < counts.length; k++) {
        peI += counts[k] * (gwet ? (1 - pi[k]) : pi[k]);
      }
      peI /= r;
      if (gwet) {
        peI /= (q - 1);
      }
      double adjusted = itemValue - 2 * (1 - value) * (peI - pe) / (1 - pe);
      sum += (adjusted - value) * (adjusted - value);
    }
    double se = Math.sqrt(sum / ((double) n * (n - 1)));
    TDistribution t = new TDistribution(null, n - 1, 1e-12);
    double crit = t.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double lower = value - crit * se;
    double upper = Math.min(1.0, value + crit * se);
    double p = se == 0 ? (value == 0 ? 1.0 : 0.0) : 2 * t.cumulativeProbability(-Math.abs(value / se));
    return new AgreementEstimate(c, se, lower, upper, p, confidence);
  }
}
