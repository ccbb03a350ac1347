package dev.assay.stats.agreement;

/**
 * How often one rater agrees with the majority of the other raters.
 *
 * <pre>{@code
 * for (RaterAgreement r : MajorityAgreement.perRater(ratings)) {
 *   System.out.println("rater " + r.rater() + ": " + r.agreement() + " over " + r.items());
 * }
 * }</pre>
 *
 * @param rater the rater's column index
 * @param items the number of items this rater rated for which the other raters had a unique
 *     majority
 * @param agreement the share of those items where the rater's rating equals that majority (NaN
 *     when {@code items} is 0)
 */
public record RaterAgreement(int rater, int items, double agreement) {}
