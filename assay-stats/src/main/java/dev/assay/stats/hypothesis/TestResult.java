package dev.assay.stats.hypothesis;

/**
 * The outcome of a hypothesis test.
 *
 * <pre>{@code
 * TestResult r = McNemar.exact(101, 121, 59, 33);
 * if (r.pValue() < 0.05) { ... }
 * }</pre>
 *
 * @param statistic the test statistic (its meaning depends on {@code method}; see each test)
 * @param pValue the two-sided p-value in [0, 1] (NaN when the test is undefined)
 * @param method a short name of the test, e.g. {@code "mcnemar-exact"}
 */
public record TestResult(double statistic, double pValue, String method) {}
