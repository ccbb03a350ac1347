package dev.assay.report.summary;

/**
 * One feature compared between a reference and a current data set, as a drift run tested it.
 *
 * <pre>{@code new FeatureShift("chars", 2264.2, 642.1, 8.9e-49, 3.94, true)}</pre>
 *
 * @param feature the feature ("chars", "language", "embedding", a numeric field)
 * @param meanReference mean in the reference (NaN for categorical or embedding features)
 * @param meanCurrent mean in the current set (NaN likewise)
 * @param pValue the run's test p-value (KS, chi-square or permutation MMD), NaN when not tested
 * @param psi population stability index, NaN when not computed
 * @param shifted the run's verdict: p-value below its alpha and, where it applies, PSI at least its minimum
 */
public record FeatureShift(String feature, double meanReference, double meanCurrent, double pValue, double psi, boolean shifted) {}
