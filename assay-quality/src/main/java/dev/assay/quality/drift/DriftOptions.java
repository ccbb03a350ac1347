package dev.assay.quality.drift;

import java.util.List;
import java.util.Set;

/**
 * How {@link DriftAnalysis} compares a reference and a current data set.
 *
 * <pre>{@code
 * DriftOptions o = DriftOptions.defaults("instruction").withFeatures(Set.of("chars", "words"));
 * }</pre>
 *
 * @param field the text field (a {@code FieldPath})
 * @param features which text features to compare: {@code chars}, {@code words}, {@code language},
 *     {@code embedding} (MMD and clusters); numeric fields are always compared
 * @param numericFields record fields holding numbers to compare (e.g. {@code score})
 * @param bins quantile bins of the reference for PSI and Jensen-Shannon (default 10)
 * @param alpha KS / chi-square / permutation p-value below which a shift is significant (0.01)
 * @param minPsi PSI at or above which a significant shift is also large enough to report (0.1,
 *     the usual "moderate shift" line)
 * @param sampleSize rows per side kept (reservoir sample) for language, embeddings and clusters
 *     (default 2000)
 * @param mmdSampleSize rows per side for MMD and its permutation test (default 150)
 * @param permutations permutations for the MMD p-value (default 100; the smallest p-value is
 *     1 / (1 + permutations), so it must be below alpha for a shift to be called)
 * @param clusters k for k-means on the pooled embeddings (default 8)
 * @param nearZeroShare a cluster share at or below which a side "lacks" the cluster (0.02): it
 *     appeared when the reference lacks it and the current holds at least 2.5 times that share,
 *     vanished the other way round
 * @param examples example texts per cluster and side (default 3)
 * @param seed seed for sampling, k-means and permutations
 */
public record DriftOptions(
    String field,
    Set<String> features,
    List<String> numericFields,
    int bins,
    double alpha,
    double minPsi,
    int sampleSize,
    int mmdSampleSize,
    int permutations,
    int clusters,
    double nearZeroShare,
    int examples,
    long seed) {

  /** The text features known. */
  public static final List<String> TEXT_FEATURES = List.of("chars", "words", "language", "embedding");

  public DriftOptions {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field is required");
    }
    features = Set.copyOf(features);
    for (String f : features) {
      if (!TEXT_FEATURES.contains(f)) {
        throw new IllegalArgumentException("unknown feature '" + f + "': expected one of " + TEXT_FEATURES);
      }
    }
    numericFields = List.copyOf(numericFields);
    check(bins >= 2, "bins: expected >= 2, found " + bins);
    check(alpha > 0 && alpha < 1, "alpha: expected (0, 1), found " + alpha);
    check(minPsi >= 0, "min_psi: expected >= 0, found " + minPsi);
    check(sampleSize >= 10, "sample_size: expected >= 10, found " + sampleSize);
    check(mmdSampleSize >= 5, "mmd_sample_size: expected >= 5, found " + mmdSampleSize);
    check(permutations >= 0, "permutations: expected >= 0, found " + permutations);
    check(clusters >= 2, "clusters: expected >= 2, found " + clusters);
    check(nearZeroShare >= 0 && nearZeroShare < 0.4, "near_zero_share: expected [0, 0.4), found " + nearZeroShare);
    check(examples >= 0, "examples: expected >= 0, found " + examples);
  }

  /** Every text feature, 10 bins, alpha 0.01, PSI 0.1, 2000-row samples, k = 8, seed 42. */
  public static DriftOptions defaults(String field) {
    return new DriftOptions(field, Set.copyOf(TEXT_FEATURES), List.of(), 10, 0.01, 0.1, 2000, 150, 100, 8, 0.02, 3, 42L);
  }

  /** The same options with other text features. */
  public DriftOptions withFeatures(Set<String> f) {
    return new DriftOptions(field, f, numericFields, bins, alpha, minPsi, sampleSize, mmdSampleSize, permutations, clusters, nearZeroShare, examples, seed);
  }

  /** The same options with numeric fields to compare. */
  public DriftOptions withNumericFields(List<String> n) {
    return new DriftOptions(field, features, n, bins, alpha, minPsi, sampleSize, mmdSampleSize, permutations, clusters, nearZeroShare, examples, seed);
  }

  /** The same options with another k and sample size. */
  public DriftOptions withClusters(int k, int sample) {
    return new DriftOptions(field, features, numericFields, bins, alpha, minPsi, sample, mmdSampleSize, permutations, k, nearZeroShare, examples, seed);
  }

  /** True when {@code feature} is on. */
  public boolean has(String feature) {
    return features.contains(feature);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
