package dev.assay.stats.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;
import org.apache.commons.math3.ml.clustering.DoublePoint;

/**
 * DBSCAN with scikit-learn's parameter meaning, on commons-math3's {@code DBSCANClusterer}: a
 * point is a core point when at least {@code minSamples} points, itself included, lie within
 * Euclidean distance {@code eps} (commons-math counts neighbours without the point, so it gets
 * {@code minSamples - 1}); noise is labelled -1. Clusters are numbered in order of discovery by
 * point index, as scikit-learn does; a border point reachable from two clusters joins the first.
 *
 * <pre>{@code
 * ClusterResult r = Dbscan.fit(points, 0.5, 5);
 * }</pre>
 */
public final class Dbscan {
  private Dbscan() {}

  /**
   * Clusters the points.
   *
   * @throws IllegalArgumentException if {@code eps <= 0}, {@code minSamples < 1} or the points are
   *     ragged
   */
  public static ClusterResult fit(double[][] points, double eps, int minSamples) {
    Objects.requireNonNull(points, "points");
    if (!(eps > 0)) {
      throw new IllegalArgumentException("eps: expected > 0, found " + eps);
    }
    if (minSamples < 1) {
      throw new IllegalArgumentException("minSamples: expected >= 1, found " + minSamples);
    }
    List<DoublePoint> pts = toPoints(points);
    List<Cluster<DoublePoint>> clusters = new DBSCANClusterer<DoublePoint>(eps, minSamples - 1).cluster(pts);
    Map<DoublePoint, Integer> label = new IdentityHashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (DoublePoint p : clusters.get(c).getPoints()) {
        label.putIfAbsent(p, c);
      }
    }
    int[] labels = new int[points.length];
    Arrays.fill(labels, -1);
    for (int i = 0; i < labels.length; i++) {
      Integer l = label.get(pts.get(i));
      if (l != null) {
        labels[i] = l;
      }
    }
    return new ClusterResult(labels, clusters.size(), null, Double.NaN);
  }

  static List<DoublePoint> toPoints(double[][] points) {
    List<DoublePoint> pts = new ArrayList<>(points.length);
    int dim = points.length == 0 ? 0 : points[0].length;
    for (int i = 0; i < points.length; i++) {
      if (points[i] == null || points[i].length != dim) {
        throw new IllegalArgumentException(
            "points[" + i + "]: expected dimension " + dim + ", found " + (points[i] == null ? "null" : points[i].length));
      }
      pts.add(new DoublePoint(points[i].clone()));
    }
    if (pts.isEmpty()) {
      throw new IllegalArgumentException("points: expected at least one, found none");
    }
    return pts;
  }
}
