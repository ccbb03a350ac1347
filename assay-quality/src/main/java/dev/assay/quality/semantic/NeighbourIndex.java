package dev.assay.quality.semantic;

import io.github.jbellis.jvector.graph.GraphIndexBuilder;
import io.github.jbellis.jvector.graph.GraphSearcher;
import io.github.jbellis.jvector.graph.ImmutableGraphIndex;
import io.github.jbellis.jvector.graph.ListRandomAccessVectorValues;
import io.github.jbellis.jvector.graph.SearchResult;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.util.Bits;
import io.github.jbellis.jvector.vector.VectorSimilarityFunction;
import io.github.jbellis.jvector.vector.VectorizationProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import io.github.jbellis.jvector.vector.types.VectorTypeSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Near-neighbour pairs of unit vectors above a cosine threshold, found with a jvector graph index
 * (DiskANN/HNSW-style, dot-product similarity): every vector queries the graph for its {@code
 * topK} nearest neighbours, and each candidate's exact cosine is checked against the threshold.
 * Small sets (at most {@link #EXACT_BELOW} vectors) are compared pairwise instead, which is exact
 * and faster than building a graph.
 *
 * <p>Recall: a vector with more than {@code topK} neighbours above the threshold reports only the
 * nearest {@code topK}; in duplicate clustering transitivity links the rest.
 *
 * <pre>{@code
 * List<NeighbourIndex.Pair> pairs = NeighbourIndex.pairsAbove(vectors, 0.9f, 16);
 * }</pre>
 */
final class NeighbourIndex {
  static final int EXACT_BELOW = 64;
  /**
   * jvector logs through java.util.logging at INFO/WARNING on every first use (worker threads, "the
   * incubating vector API is not enabled"); that is noise on a CLI's stderr. Held strongly so the
   * level sticks.
   */
  private static final java.util.logging.Logger JVECTOR_LOG = quiet();
  private static final VectorTypeSupport VTS = VectorizationProvider.getInstance().getVectorTypeSupport();
  private static final int BLOCK = 256;

  private NeighbourIndex() {}

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.github.jbellis.jvector");
    l.setLevel(java.util.logging.Level.SEVERE);
    return l;
  }

  /** A pair {@code i < j} with its cosine. */
  record Pair(int i, int j, float cosine) {}

  /** Every pair found with cosine >= {@code threshold}, as {@code i < j}; a pair may be listed twice. */
  static List<Pair> pairsAbove(List<float[]> vectors, float threshold, int topK) {
    return pairsAbove(vectors, threshold, topK, EXACT_BELOW);
  }

  /** As {@link #pairsAbove(List, float, int)}, brute force up to {@code exactBelow} vectors. */
  static List<Pair> pairsAbove(List<float[]> vectors, float threshold, int topK, int exactBelow) {
    int n = vectors.size();
    if (n < 2) {
      return List.of();
    }
    if (n <= exactBelow) {
      List<Pair> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          float c = SphericalKMeans.dot(vectors.get(i), vectors.get(j));
          if (c >= threshold) {
            out.add(new Pair(i, j, c));
          }
        }
      }
      return out;
    }
    int dim = vectors.get(0).length;
    List<VectorFloat<?>> vs = new ArrayList<>(n);
    for (float[] v : vectors) {
      vs.add(VTS.createFloatVector(v));
    }
    ListRandomAccessVectorValues ravv = new ListRandomAccessVectorValues(vs, dim);
    // jvector scores dot products as (1 + dot) / 2; search a little below the threshold, then check exactly
    float scoreFloor = Math.max(0f, (1f + threshold) / 2f - 1e-3f);
    try (GraphIndexBuilder builder = new GraphIndexBuilder(ravv, VectorSimilarityFunction.DOT_PRODUCT, 16, 100, 1.2f, 1.2f, false)) {
      ImmutableGraphIndex graph = builder.build(ravv);
      int blocks = (n + BLOCK - 1) / BLOCK;
      List<List<Pair>> found = IntStream.range(0, blocks).parallel()
          .mapToObj(b -> search(graph, ravv, vectors, b * BLOCK, Math.min(n, (b + 1) * BLOCK), topK, scoreFloor, threshold))
          .toList();
      List<Pair> out = new ArrayList<>();
      found.forEach(out::addAll);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("jvector index: " + e.getMessage(), e);
    }
  }

  private static List<Pair> search(ImmutableGraphIndex graph, ListRandomAccessVectorValues ravv, List<float[]> vectors,
      int from, int to, int topK, float scoreFloor, float threshold) {
    List<Pair> out = new ArrayList<>();
    try (GraphSearcher searcher = new GraphSearcher(graph)) {
      for (int i = from; i < to; i++) {
        var ssp = DefaultSearchScoreProvider.exact(ravv.getVector(i), VectorSimilarityFunction.DOT_PRODUCT, ravv);
        SearchResult r = searcher.search(ssp, topK + 1, scoreFloor, Bits.ALL);
        for (SearchResult.NodeScore ns : r.getNodes()) {
          int j = ns.node;
          if (j == i) {
            continue;
          }
          float c = SphericalKMeans.dot(vectors.get(i), vectors.get(j));
          if (c >= threshold) { // a pair found from both ends is listed twice: harmless for union-find
            out.add(i < j ? new Pair(i, j, c) : new Pair(j, i, c));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("jvector search: " + e.getMessage(), e);
    }
    return out;
  }
}
