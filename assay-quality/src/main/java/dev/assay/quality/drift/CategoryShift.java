package dev.assay.quality.drift;

import dev.assay.stats.similarity.ChiSquareHomogeneity;
import dev.assay.stats.similarity.JensenShannon;
import dev.assay.stats.similarity.PopulationStabilityIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Shift of a categorical feature (detected language) between reference and current: shares per
 * category, Pearson's chi-square test of homogeneity, PSI over the categories and the
 * Jensen-Shannon distance (base 2), from assay-stats. {@code shifted} when the chi-square p-value
 * is below alpha and PSI reaches {@code minPsi}.
 *
 * <pre>{@code
 * CategoryShift s = CategoryShift.of("language", Map.of("en", 90L, "de", 10L), Map.of("en", 50L, "de", 50L), o);
 * }</pre>
 *
 * @param feature the feature's name
 * @param reference counts per category in the reference
 * @param current counts per category in the current set
 * @param chiSquare the chi-square statistic (null with fewer than 2 categories)
 * @param pValue its p-value (null with fewer than 2 categories)
 * @param psi PSI over the categories (null with fewer than 2 categories)
 * @param jsDistance Jensen-Shannon distance of the shares, base 2 (null when a side is empty)
 * @param shifted significant and large enough
 */
public record CategoryShift(
    String feature,
    Map<String, Long> reference,
    Map<String, Long> current,
    Double chiSquare,
    Double pValue,
    Double psi,
    Double jsDistance,
    boolean shifted) {

  /** Compares two count tables. */
  public static CategoryShift of(String feature, Map<String, Long> ref, Map<String, Long> cur, DriftOptions o) {
    TreeSet<String> keys = new TreeSet<>(ref.keySet());
    keys.addAll(cur.keySet());
    long[][] table = new long[2][keys.size()];
    double[] p = new double[keys.size()];
    double[] q = new double[keys.size()];
    Map<String, Long> r = new LinkedHashMap<>();
    Map<String, Long> c = new LinkedHashMap<>();
    int i = 0;
    for (String k : keys) {
      table[0][i] = ref.getOrDefault(k, 0L);
      table[1][i] = cur.getOrDefault(k, 0L);
      p[i] = table[0][i];
      q[i] = table[1][i];
      r.put(k, table[0][i]);
      c.put(k, table[1][i]);
      i++;
    }
    long sumRef = r.values().stream().mapToLong(Long::longValue).sum();
    long sumCur = c.values().stream().mapToLong(Long::longValue).sum();
    if (keys.size() < 2 || sumRef == 0 || sumCur == 0) {
      Double js = sumRef == 0 || sumCur == 0 ? null : 0.0;
      return new CategoryShift(feature, r, c, null, null, null, js, false);
    }
    ChiSquareHomogeneity.ChiSquareResult chi = ChiSquareHomogeneity.test(table);
    double psi = PopulationStabilityIndex.ofCounts(p, q);
    double js = JensenShannon.distance(p, q, 2.0);
    return new CategoryShift(feature, r, c, chi.statistic(), chi.pValue(), psi, js, chi.pValue() < o.alpha() && psi >= o.minPsi());
  }
}
