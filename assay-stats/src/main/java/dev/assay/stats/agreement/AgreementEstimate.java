package dev.assay.stats.agreement;

/**
 * A chance-corrected agreement coefficient with its standard error, confidence interval and
 * p-value, as irrCAC reports them (Gwet 2014, Handbook of Inter-Rater Reliability, ch. 5): the
 * variance is over the sample of items (raters fixed), the interval is {@code value +/- t * se}
 * with Student's t on {@code n - 1} degrees of freedom ({@code n} = rated items) and its upper
 * bound capped at 1, and the p-value is two-sided for {@code value = 0}.
 *
 * <pre>{@code
 * AgreementEstimate e = GwetAc1.estimate(ratings, 0.95);
 * e.coefficient().value(); e.standardError(); e.lower(); e.upper(); e.pValue();
 * }</pre>
 *
 * @param coefficient the coefficient with its observed and chance agreement
 * @param standardError the standard error (NaN when undefined, e.g. a single item)
 * @param lower the lower confidence bound
 * @param upper the upper confidence bound, at most 1
 * @param pValue two-sided p-value of the t test of zero agreement
 * @param confidence the confidence level of the interval
 */
public record AgreementEstimate(
    ChanceCorrected coefficient,
    double standardError,
    double lower,
    double upper,
    double pValue,
    double confidence) {}
