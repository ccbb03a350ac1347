package dev.assay.quality.drift;

import dev.assay.stats.similarity.JensenShannon;
import dev.assay.stats.similarity.KolmogorovSmirnov;
import dev.assay.stats.similarity.KsResult;
import dev.assay.stats.similarity.PopulationStabilityIndex;
import java.util.Arrays;

/**
 * Shift of one numeric feature (text length, a score field) between reference and current: the
 * two-sample Kolmogorov-Smirnov test, the population stability index over the reference's
 * quantile bins, and the Jensen-Shannon distance (base 2, so in [0, 1]) of the two histograms on
 * the same bins, all from assay-stats. {@code shifted} when the KS p-value is below alpha
 * <em>and</em> PSI reaches {@code minPsi}: with thousands of rows KS alone calls trivial
 * differences significant; PSI says whether the shift is large enough to matter.
 *
 * <pre>{@code
 * NumericShift s = NumericShift.of("chars", refChars, curChars, options);
 * if (s.shifted()) System.out.println(s.feature() + ": KS p = " + s.pValue());
 * }</pre>
 *
 * @param feature the feature's name
 * @param kind {@code text} for derived text features, {@code field} for a record field
 * @param nReference values in the reference
 * @param nCurrent values in the current set
 * @param meanReference mean in the reference (null when empty)
 * @param meanCurrent mean in the current set (null when empty)
 * @param medianReference median in the reference (null when empty)
 * @param medianCurrent median in the current set (null when empty)
 * @param ksStatistic KS D (null when a side is empty)
 * @param pValue two-sided Kolmogorov-Smirnov p-value (null when a side is empty)
 * @param psi PSI over {@code bins} reference-quantile bins (null when a side is empty)
 * @param jsDistance Jensen-Shannon distance of the binned shares, base 2 (null when a side is empty)
 * @param shifted significant and large enough
 */
public record NumericShift(
    String feature,
    String kind,
    int nReference,
    int nCurrent,
    Double meanReference,
    Double meanCurrent,
    Double medianReference,
    Double medianCurrent,
    Double ksStatistic,
    Double pValue,
    Double psi,
    Double jsDistance,
    boolean shifted) {

  /** Compares two samples of one feature. */
  public static NumericShift of(String feature, String kind, double[] ref, double[] cur, DriftOptions o) {
    if (ref.length == 0 || cur.length == 0) {
      return new NumericShift(feature, kind, ref.length, cur.length, mean(ref), mean(cur), median(ref), median(cur), null, null, null, null, false);
    }
    KsResult ks = KolmogorovSmirnov.twoSample(ref, cur);
    double psi = PopulationStabilityIndex.ofSamples(ref, cur, o.bins());
    double js = jsDistance(ref, cur, o.bins());
    boolean shifted = ks.pValue() < o.alpha() && psi >= o.minPsi();
    return new NumericShift(
        feature, kind, ref.length, cur.length, mean(ref), mean(cur), median(ref), median(cur),
        ks.statistic(), ks.pValue(), psi, js, shifted);
  }

  /** Jensen-Shannon distance of the histograms on the reference's quantile edges. */
  static double jsDistance(double[] ref, double[] cur, int bins) {
    double[] sorted = ref.clone();
    Arrays.sort(sorted);
    double[] edges = new double[bins - 1];
    int m = 0;
    for (int i = 1; i < bins; i++) {
      double e = sorted[(int) Math.min(sorted.length - 1, Math.floor((double) i * sorted.length / bins))];
      if (m == 0 || e > edges[m - 1]) {
        edges[m++] = e;
      }
    }
    double[] p = histogram(ref, edges, m);
    double[] q = histogram(cur, edges, m);
    return JensenShannon.distance(p, q, 2.0);
  }

  private static double[] histogram(double[] x, double[] edges, int m) {
    double[] h = new double[m + 1];
    for (double v : x) {
      int idx = Arrays.binarySearch(edges, 0, m, v);
      h[idx >= 0 ? idx + 1 : -idx - 1]++;
    }
    return h;
  }

  private static Double mean(double[] x) {
    return x.length == 0 ? null : Arrays.stream(x).average().orElseThrow();
  }

  private static Double median(double[] x) {
    if (x.length == 0) {
      return null;
    }
    double[] s = x.clone();
    Arrays.sort(s);
    int h = s.length / 2;
    return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
  }
}
