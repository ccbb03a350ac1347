package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Moments of the sampler against the multinomial's textbook mean n p and variance n p (1 - p). */
class MultinomialTest {
  @Test
  void countsSumToNAndMatchMoments() {
    double[] w = {5, 1, 3, 0, 1};
    double[] out = new double[w.length];
    int reps = 20000;
    long n = 1000;
    double[] sum = new double[w.length];
    double[] sumSq = new double[w.length];
    SplittableRandom rng = new SplittableRandom(1);
    for (int r = 0; r < reps; r++) {
      Multinomial.sample(w, n, rng, out);
      double total = 0;
      for (int k = 0; k < w.length; k++) {
        total += out[k];
        sum[k] += out[k];
        sumSq[k] += out[k] * out[k];
      }
      assertThat(total).isEqualTo(n);
      assertThat(out[3]).isZero();
    }
    for (int k = 0; k < w.length; k++) {
      double p = w[k] / 10.0;
      double mean = sum[k] / reps;
      double var = sumSq[k] / reps - mean * mean;
      assertThat(mean).isCloseTo(n * p, within(0.5 + 4 * Math.sqrt(n * p * (1 - p) / reps)));
      assertThat(var).isCloseTo(n * p * (1 - p), within(0.05 * n * p * (1 - p) + 1e-9));
    }
  }

  @Test
  void largeMeansAreSplitWithoutUnderflow() {
    SplittableRandom rng = new SplittableRandom(2);
    long n = 10_000_000L;
    double total = 0;
    for (int i = 0; i < 200; i++) {
      total += Multinomial.binomial(n, 0.3, rng);
    }
    assertThat(total / 200).isCloseTo(3_000_000, within(4 * Math.sqrt(n * 0.21 / 200)));
  }
}
