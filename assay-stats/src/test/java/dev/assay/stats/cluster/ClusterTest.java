package dev.assay.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterTest {
  static final double[][] X = {
    {0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {6, 5}, {10, 0}, {10, 1}, {2.5, 2.5}
  };

  /**
   * scikit-learn sklearn/metrics/cluster/tests/test_unsupervised.py test_silhouette_paper_example
   * (Rousseeuw 1987 country distances, two labelings; expected to 1e-2 as there).
   */
  @Test
  void silhouettePaperExample() {
    double[] lower = {
      5.58, 7.00, 6.50, 7.08, 7.00, 3.83, 4.83, 5.08, 8.17, 5.83, 2.17, 5.75, 6.67, 6.92, 4.92,
      6.42, 5.00, 5.58, 6.00, 4.67, 6.42, 3.42, 5.50, 6.42, 6.42, 5.00, 3.92, 6.17, 2.50, 4.92,
      6.25, 7.33, 4.50, 2.25, 6.33, 2.75, 6.08, 6.67, 4.25, 2.67, 6.00, 6.17, 6.17, 6.92, 6.17,
      5.25, 6.83, 4.50, 3.75, 5.75, 5.42, 6.08, 5.83, 6.67, 3.67, 4.75, 3.00, 6.08, 6.67, 5.00,
      5.58, 4.83, 6.17, 5.67, 6.50, 6.92
    };
    double[][] d = new double[12][12];
    int k = 0;
    // np.tril_indices(12, -1): row-major over the strict lower triangle
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < i; j++) {
        d[i][j] = d[j][i] = lower[k++];
      }
    }
    // names: BEL BRA CHI CUB EGY FRA IND ISR USA USS YUG ZAI
    int[] labels1 = {1, 1, 2, 2, 1, 1, 2, 1, 1, 2, 2, 1};
    double[] expected1 = {0.39, 0.22, 0.33, 0.40, 0.20, 0.35, -0.04, 0.30, 0.43, 0.34, 0.26, 0.19};
    double[] s1 = Silhouette.samples(d, labels1);
    for (int i = 0; i < 12; i++) {
      assertThat(s1[i]).as("sample %d", i).isCloseTo(expected1[i], within(1e-2));
    }
    assertThat(Silhouette.score(d, labels1)).isCloseTo(0.28, within(1e-2));
    int[] labels2 = {1, 2, 3, 3, 1, 1, 2, 1, 1, 3, 3, 2};
    double[] expected2 = {0.42, 0.25, 0.31, 0.48, 0.02, 0.44, 0.17, 0.37, 0.47, 0.44, 0.31, 0.28};
    double[] s2 = Silhouette.samples(d, labels2);
    for (int i = 0; i < 12; i++) {
      assertThat(s2[i]).as("sample %d", i).isCloseTo(expected2[i], within(1e-2));
    }
    assertThat(Silhouette.score(d, labels2)).isCloseTo(0.33, within(1e-2));
  }

  /** sklearn.metrics.silhouette_score(X, [0,0,0,1,1,1,2,2,1]) with sklearn 1.2.1 = 0.6633235908581498. */
  @Test
  void silhouetteEuclideanMatchesSklearn() {
    assertThat(Silhouette.scoreEuclidean(X, new int[] {0, 0, 0, 1, 1, 1, 2, 2, 1}))
        .isCloseTo(0.6633235908581498, within(1e-12));
  }

  @Test
  void silhouetteRejectsOneCluster() {
    assertThatThrownBy(() -> Silhouette.scoreEuclidean(X, new int[9]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 2");
  }

  /**
   * sklearn.cluster.DBSCAN(eps=1.01, min_samples=3).fit(X).labels_ = [0 0 0 1 1 1 -1 -1 -1]; with
   * min_samples=2: [0 0 0 1 1 1 2 2 -1] (sklearn 1.2.1).
   */
  @Test
  void dbscanMatchesSklearn() {
    assertThat(Dbscan.fit(X, 1.01, 3).labels()).containsExactly(0, 0, 0, 1, 1, 1, -1, -1, -1);
    ClusterResult r = Dbscan.fit(X, 1.01, 2);
    assertThat(r.labels()).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, -1);
    assertThat(r.clusters()).isEqualTo(3);
  }

  /** Three well-separated blobs: any correct k-means finds them; the seed fixes the numbering. */
  @Test
  void kmeansFindsSeparatedBlobsDeterministically() {
    double[][] pts = {{0, 0}, {0, 1}, {1, 0}, {20, 20}, {20, 21}, {21, 20}, {40, 0}, {40, 1}, {41, 0}};
    ClusterResult a = KMeans.fit(pts, 3, 100, 7L);
    ClusterResult b = KMeans.fit(pts, 3, 100, 7L);
    assertThat(a.labels()).containsExactly(b.labels());
    int[] l = a.labels();
    assertThat(l[0]).isEqualTo(l[1]).isEqualTo(l[2]);
    assertThat(l[3]).isEqualTo(l[4]).isEqualTo(l[5]);
    assertThat(l[6]).isEqualTo(l[7]).isEqualTo(l[8]);
    assertThat(new java.util.HashSet<>(java.util.List.of(l[0], l[3], l[6]))).hasSize(3);
    // inertia: each blob of (0,0),(0,1),(1,0) has sum of squares 4/3 around its mean
    assertThat(a.inertia()).isCloseTo(4.0, within(1e-9));
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> KMeans.fit(X, 10, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dbscan.fit(X, 0, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
