package dev.assay.stats.cluster;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Seeded k-means with k-means++ initialisation (Lloyd iterations), on commons-math3's {@code
 * KMeansPlusPlusClusterer}: one run, an empty cluster is re-seeded from the point farthest from its
 * centre. Same seed, same result. Results are not scikit-learn's draw for draw (different random
 * generator, no {@code n_init} restarts).
 *
 * <pre>{@code
 * ClusterResult r = KMeans.fit(points, 3, 300, 42L);
 * }</pre>
 */
public final class KMeans {
  private KMeans() {}

  /**
   * Clusters the points.
   *
   * @throws IllegalArgumentException if {@code k < 1}, {@code k > n}, {@code maxIterations < 1}
   *     or the points are ragged
   */
  public static ClusterResult fit(double[][] points, int k, int maxIterations, long seed) {
    Objects.requireNonNull(points, "points");
    if (k < 1 || k > points.length) {
      throw new IllegalArgumentException("k: expected 1.." + points.length + ", found " + k);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations: expected >= 1, found " + maxIterations);
    }
    List<DoublePoint> pts = Dbscan.toPoints(points);
    JDKRandomGenerator rng = new JDKRandomGenerator();
    rng.setSeed(seed);
    KMeansPlusPlusClusterer<DoublePoint> km =
        new KMeansPlusPlusClusterer<>(k, maxIterations, new EuclideanDistance(), rng,
            KMeansPlusPlusClusterer.EmptyClusterStrategy.FARTHEST_POINT);
    List<CentroidCluster<DoublePoint>> clusters = km.cluster(pts);
    Map<DoublePoint, Integer> label = new IdentityHashMap<>();
    double[][] centroids = new double[clusters.size()][];
    double inertia = 0;
    for (int c = 0; c < clusters.size(); c++) {
      centroids[c] = clusters.get(c).getCenter().getPoint().clone();
      for (DoublePoint p : clusters.get(c).getPoints()) {
        label.put(p, c);
        double s = 0;
        for (int d = 0; d < centroids[c].length; d++) {
          double t = p.getPoint()[d] - centroids[c][d];
          s += t * t;
        }
        inertia += s;
      }
    }
    int[] labels = new int[points.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = label.get(pts.get(i));
    }
    return new ClusterResult(labels, clusters.size(), centroids, inertia);
  }
}
