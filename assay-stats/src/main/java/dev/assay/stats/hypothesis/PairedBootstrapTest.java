package dev.assay.stats.hypothesis;

import dev.assay.stats.interval.Bootstrap;

/**
 * Paired bootstrap test of a zero mean difference between two systems scored on the same items
 * (the test common in NLP evaluation, e.g. Koehn 2004; Berg-Kirkpatrick et al. 2012). Items (or
 * whole clusters of items, e.g. all samples of one prompt) are resampled with replacement; the
 * bootstrap distribution of the mean difference, shifted to mean zero, stands in for the null
 * distribution. The two-sided p-value is {@code (1 + #{|mean(d*) - mean(d)| >= |mean(d)|}) / (1 +
 * resamples)}; the statistic is the observed mean difference {@code mean(a - b)}.
 *
 * <pre>{@code
 * TestResult r = PairedBootstrapTest.test(accA, accB, 10_000, 42L);
 * TestResult byPrompt = PairedBootstrapTest.clustered(accA, accB, promptIds, 10_000, 42L);
 * }</pre>
 */
public final class PairedBootstrapTest {
  private PairedBootstrapTest() {}

  /** Resamples single pairs. */
  public static TestResult test(double[] a, double[] b, int resamples, long seed) {
    double[] d = PairedPermutationTest.differences(a, b);
    int[] clusters = new int[d.length];
    for (int i = 0; i < clusters.length; i++) {
      clusters[i] = i;
    }
    return run(d, clusters, resamples, seed, "paired-bootstrap");
  }

  /** Resamples whole clusters: {@code clusters[i]} is the cluster id of pair {@code i}. */
  public static TestResult clustered(
      double[] a, double[] b, int[] clusters, int resamples, long seed) {
    double[] d = PairedPermutationTest.differences(a, b);
    if (clusters.length != d.length) {
      throw new IllegalArgumentException(
          "paired bootstrap: length mismatch, " + d.length + " pairs but " + clusters.length
              + " cluster ids");
    }
    return run(d, clusters, resamples, seed, "paired-bootstrap-clustered");
  }

  private static TestResult run(
      double[] d, int[] clusters, int resamples, long seed, String method) {
    if (resamples < 1) {
      throw new IllegalArgumentException(
          "paired bootstrap: resamples must be >= 1, found " + resamples);
    }
    // Per cluster: the sum of differences and the number of pairs, so a resample's mean is
    // sum(sums) / sum(counts) over the drawn clusters.
    java.util.Map<Integer, Integer> index = new java.util.LinkedHashMap<>();
    for (int c : clusters) {
      index.putIfAbsent(c, index.size());
    }
    int k = index.size();
    double[] sums = new double[k];
    double[] counts = new double[k];
    double total = 0;
    for (int i = 0; i < d.length; i++) {
      int c = index.get(clusters[i]);
      sums[c] += d[i];
      counts[c]++;
      total += d[i];
    }
    double observed = total / d.length;
    double[] reps =
        Bootstrap.replicates(
            k,
            units -> {
              double s = 0;
              double n = 0;
              for (int u : units) {
                s += sums[u];
                n += counts[u];
              }
              return s / n;
            },
            resamples,
            seed);
    double bar = Math.abs(observed) * (1 - 1e-12);
    long hits = 0;
    for (double r : reps) {
      if (Math.abs(r - observed) >= bar) {
        hits++;
      }
    }
    return new TestResult(observed, (1.0 + hits) / (1.0 + resamples), method);
  }
}
