package dev.assay.stats.cluster;

/**
 * Cluster labels of a set of points.
 *
 * <pre>{@code
 * ClusterResult r = KMeans.fit(points, 3, 300, 42L);
 * int[] labels = r.labels();
 * }</pre>
 *
 * @param labels cluster of each point (0-based; -1 for DBSCAN noise)
 * @param clusters number of clusters (noise excluded)
 * @param centroids cluster centres for k-means, {@code null} for DBSCAN
 * @param inertia k-means sum of squared distances to the assigned centre; {@code NaN} for DBSCAN
 */
public record ClusterResult(int[] labels, int clusters, double[][] centroids, double inertia) {}
