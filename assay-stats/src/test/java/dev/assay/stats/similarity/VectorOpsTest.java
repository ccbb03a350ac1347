package dev.assay.stats.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed values, and agreement with a plain double-precision loop on random vectors. */
class VectorOpsTest {
  final VectorOps ops = VectorOps.get();

  @Test
  void smallVectors() {
    float[] a = {1, 2, 3, 4, 5};
    float[] b = {5, 4, 3, 2, 1};
    assertThat(ops.dot(a, b)).isEqualTo(35f);
    assertThat(ops.squaredEuclidean(a, b)).isEqualTo(40f);
    assertThat(ops.euclidean(a, b)).isCloseTo((float) Math.sqrt(40), within(1e-6f));
    assertThat(ops.cosine(a, b)).isCloseTo(35f / 55f, within(1e-6f));
    assertThat(ops.cosine(a, new float[5])).isZero();
  }

  @Test
  void agreesWithDoubleLoopOnEmbeddingSizes() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int dim : new int[] {1, 3, 7, 384, 1023}) {
      float[] a = new float[dim];
      float[] b = new float[dim];
      for (int i = 0; i < dim; i++) {
        a[i] = (float) rng.nextGaussian();
        b[i] = (float) rng.nextGaussian();
      }
      double dot = 0;
      double na = 0;
      double nb = 0;
      double sq = 0;
      for (int i = 0; i < dim; i++) {
        dot += (double) a[i] * b[i];
        na += (double) a[i] * a[i];
        nb += (double) b[i] * b[i];
        sq += ((double) a[i] - b[i]) * ((double) a[i] - b[i]);
      }
      assertThat((double) ops.dot(a, b)).isCloseTo(dot, within(1e-4 * Math.sqrt(dim)));
      assertThat((double) ops.squaredEuclidean(a, b)).isCloseTo(sq, within(1e-4 * dim));
      assertThat((double) ops.cosine(a, b)).isCloseTo(dot / Math.sqrt(na * nb), within(1e-5));
    }
  }

  @Test
  void rejectsDifferentLengths() {
    assertThatThrownBy(() -> ops.dot(new float[2], new float[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 and 3");
  }
}
