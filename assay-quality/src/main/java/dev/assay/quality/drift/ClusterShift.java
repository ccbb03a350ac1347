package dev.assay.quality.drift;

import dev.assay.stats.cluster.ClusterResult;
import dev.assay.stats.cluster.KMeans;
import dev.assay.stats.similarity.ChiSquareHomogeneity;
import dev.assay.stats.similarity.JensenShannon;
import dev.assay.stats.similarity.PopulationStabilityIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed in <em>content</em>: k-means (assay-stats, k-means++) on the pooled embeddings of
 * both samples, then each cluster's share in the reference and in the current set. Clusters the
 * reference lacks (share at most {@code nearZeroShare}) but the current holds appeared; the
 * reverse vanished; others grew, shrank or stayed (share change of at least 0.05 either way).
 * Each cluster shows the texts nearest its centre from both sides, so a person can name it. The
 * table is tested with chi-square homogeneity; PSI and Jensen-Shannon summarise its size.
 *
 * <pre>{@code
 * ClusterShift c = ClusterShift.of(refSample, refVectors, curSample, curVectors, options);
 * c.clusters().stream().filter(x -> x.change().equals("appeared")).forEach(...);
 * }</pre>
 *
 * @param k clusters
 * @param nReference reference rows clustered
 * @param nCurrent current rows clustered
 * @param chiSquare chi-square statistic of the 2 x k table (null when it cannot be computed)
 * @param pValue its p-value (null when it cannot be computed)
 * @param psi PSI over clusters
 * @param jsDistance Jensen-Shannon distance of the cluster shares, base 2
 * @param shifted chi-square p-value below alpha and PSI at least {@code minPsi}
 * @param clusters per cluster, largest change first
 */
public record ClusterShift(
    int k, int nReference, int nCurrent, Double chiSquare, Double pValue, double psi, double jsDistance, boolean shifted,
    List<Cluster> clusters) {

  /** An example text of a cluster: where it is and its start. */
  public record Example(long line, String id, String snippet) {}

  /**
   * One cluster.
   *
   * @param cluster its number (0-based, k-means order)
   * @param referenceCount reference rows in it
   * @param currentCount current rows in it
   * @param referenceShare share of the reference sample
   * @param currentShare share of the current sample
   * @param change appeared, vanished, grew, shrank or stable
   * @param referenceExamples reference texts nearest the centre
   * @param currentExamples current texts nearest the centre
   */
  public record Cluster(
      int cluster, long referenceCount, long currentCount, double referenceShare, double currentShare, String change,
      List<Example> referenceExamples, List<Example> currentExamples) {}

  private static final int SNIPPET = 120;
  private static final double NOTABLE_CHANGE = 0.05;

  /** Clusters the pooled samples (vectors parallel to the sampled rows). */
  public static ClusterShift of(
      List<DatasetProfile.Sampled> refRows, double[][] ref, List<DatasetProfile.Sampled> curRows, double[][] cur, DriftOptions o) {
    int n = ref.length + cur.length;
    int k = Math.min(o.clusters(), n);
    double[][] pooled = new double[n][];
    System.arraycopy(ref, 0, pooled, 0, ref.length);
    System.arraycopy(cur, 0, pooled, ref.length, cur.length);
    ClusterResult fit = KMeans.fit(pooled, k, 100, o.seed());
    long[][] table = new long[2][k];
    for (int i = 0; i < n; i++) {
      table[i < ref.length ? 0 : 1][fit.labels()[i]]++;
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      double rs = ref.length == 0 ? 0 : (double) table[0][c] / ref.length;
      double cs = cur.length == 0 ? 0 : (double) table[1][c] / cur.length;
      clusters.add(new Cluster(c, table[0][c], table[1][c], rs, cs, change(rs, cs, o.nearZeroShare()),
          examples(refRows, ref, fit, c, 0, o.examples()), examples(curRows, cur, fit, c, ref.length, o.examples())));
    }
    clusters.sort(Comparator.comparingDouble((Cluster c) -> Math.abs(c.currentShare() - c.referenceShare())).reversed());
    double[] p = new double[k];
    double[] q = new double[k];
    for (int c = 0; c < k; c++) {
      p[c] = table[0][c];
      q[c] = table[1][c];
    }
    Double chi = null;
    Double pv = null;
    try {
      ChiSquareHomogeneity.ChiSquareResult r = ChiSquareHomogeneity.test(table);
      chi = r.statistic();
      pv = r.pValue();
    } catch (IllegalArgumentException e) {
      // one non-empty cluster, or an empty side: no test
    }
    double psi = PopulationStabilityIndex.ofCounts(p, q);
    double js = JensenShannon.distance(p, q, 2.0);
    boolean shifted = pv != null && pv < o.alpha() && psi >= o.minPsi();
    return new ClusterShift(k, ref.length, cur.length, chi, pv, psi, js, shifted, clusters);
  }

  static String change(double ref, double cur, double nearZero) {
    double present = Math.max(nearZero * 2.5, 1e-9);
    if (ref <= nearZero && cur >= present) {
      return "appeared";
    }
    if (cur <= nearZero && ref >= present) {
      return "vanished";
    }
    if (cur - ref >= NOTABLE_CHANGE) {
      return "grew";
    }
    if (ref - cur >= NOTABLE_CHANGE) {
      return "shrank";
    }
    return "stable";
  }

  private static List<Example> examples(
      List<DatasetProfile.Sampled> rows, double[][] v, ClusterResult fit, int cluster, int offset, int max) {
    double[] centre = fit.centroids()[cluster];
    List<int[]> members = new ArrayList<>();
    List<Double> dist = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (fit.labels()[offset + i] == cluster) {
        members.add(new int[] {i});
        dist.add(squaredDistance(v[i], centre));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(dist::get));
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, order.size()); i++) {
      DatasetProfile.Sampled s = rows.get(members.get(order.get(i))[0]);
      out.add(new Example(s.line(), s.id(), snippet(s.text())));
    }
    return out;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return s;
  }

  static String snippet(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
  }
}
