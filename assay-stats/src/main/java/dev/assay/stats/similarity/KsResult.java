package dev.assay.stats.similarity;

/**
 * Result of a two-sample Kolmogorov-Smirnov test.
 *
 * <pre>{@code
 * KsResult r = KolmogorovSmirnov.twoSample(x, y);
 * if (r.pValue() < 0.01) System.out.println("distributions differ, D = " + r.statistic());
 * }</pre>
 *
 * @param statistic the largest absolute difference of the two empirical CDFs
 * @param pValue two-sided p-value
 * @param method how the p-value was computed
 */
public record KsResult(double statistic, double pValue, KolmogorovSmirnov.Method method) {}
