package dev.assay.quality.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jvector path finds what brute force finds, on planted near-duplicates. */
class NeighbourIndexTest {

  @Test
  void graphSearchRecallsThePlantedPairs() {
    Random rnd = new Random(7);
    int dim = 64;
    List<float[]> vs = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      vs.add(unit(gaussian(rnd, dim)));
    }
    for (int i = 0; i < 300; i++) { // near copies of the first 300: cosine about 0.99
      float[] base = vs.get(i);
      float[] noise = gaussian(rnd, dim);
      float[] v = new float[dim];
      for (int d = 0; d < dim; d++) {
        v[d] = base[d] + 0.12f * noise[d] / (float) Math.sqrt(dim);
      }
      vs.add(unit(v));
    }
    Set<Long> exact = keys(NeighbourIndex.pairsAbove(vs, 0.95f, 16, Integer.MAX_VALUE));
    Set<Long> ann = keys(NeighbourIndex.pairsAbove(vs, 0.95f, 16));
    assertThat(exact).hasSize(300);
    assertThat(exact).containsAll(ann); // never a false pair: cosines are checked exactly
    assertThat((double) ann.size() / exact.size()).isGreaterThan(0.99);
  }

  @Test
  void tinySetsAndBoundaries() {
    assertThat(NeighbourIndex.pairsAbove(List.of(), 0.9f, 4)).isEmpty();
    assertThat(NeighbourIndex.pairsAbove(List.of(new float[] {1, 0}), 0.9f, 4)).isEmpty();
    List<NeighbourIndex.Pair> p = NeighbourIndex.pairsAbove(List.of(new float[] {1, 0}, new float[] {1, 0}, new float[] {0, 1}), 1.0f, 4);
    assertThat(p).containsExactly(new NeighbourIndex.Pair(0, 1, 1.0f));
  }

  @Test
  void kMeansSeparatesClearClusters() {
    Random rnd = new Random(3);
    List<float[]> vs = new ArrayList<>();
    float[][] centres = {unit(gaussian(rnd, 32)), unit(gaussian(rnd, 32)), unit(gaussian(rnd, 32))};
    for (int i = 0; i < 600; i++) {
      float[] c = centres[i % 3];
      float[] n = gaussian(rnd, 32);
      float[] v = new float[32];
      for (int d = 0; d < 32; d++) {
        v[d] = c[d] + 0.05f * n[d];
      }
      vs.add(unit(v));
    }
    int[] labels = SphericalKMeans.fit(vs, 3, 10, 42L);
    for (int i = 3; i < 600; i++) {
      assertThat(labels[i]).isEqualTo(labels[i % 3]);
    }
    assertThat(new HashSet<>(List.of(labels[0], labels[1], labels[2]))).hasSize(3);
    assertThat(SphericalKMeans.fit(vs, 3, 10, 42L)).isEqualTo(labels);
  }

  private static Set<Long> keys(List<NeighbourIndex.Pair> pairs) {
    Set<Long> out = new HashSet<>();
    for (NeighbourIndex.Pair p : pairs) {
      out.add((long) p.i() << 32 | p.j());
    }
    return out;
  }

  private static float[] gaussian(Random rnd, int dim) {
    float[] v = new float[dim];
    for (int d = 0; d < dim; d++) {
      v[d] = (float) rnd.nextGaussian();
    }
    return v;
  }

  private static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    for (int d = 0; d < v.length; d++) {
      v[d] /= (float) Math.sqrt(s);
    }
    return v;
  }
}
