package dev.assay.quality.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * MinHash estimates against exact Jaccard. With P permutations the estimate is the mean of P
 * Bernoulli(J) agreements (for min-wise independent permutations), so its standard deviation is
 * {@code sqrt(J(1−J)/P)}: every estimate must lie within 4.5 of those, the mean error over many
 * pairs within 4 standard errors of zero, and the observed variance near the theoretical one.
 */
class MinHasherTest {

  /** Two sets of random 64-bit shingle hashes with union {@code u} and Jaccard {@code j}. */
  static long[][] pair(SplittableRandom rnd, int u, double j) {
    int common = (int) Math.round(j * u);
    int onlyA = (u - common) / 2;
    int onlyB = u - common - onlyA;
    long[] a = new long[common + onlyA];
    long[] b = new long[common + onlyB];
    for (int i = 0; i < common; i++) {
      a[i] = b[i] = rnd.nextLong();
    }
    for (int i = 0; i < onlyA; i++) {
      a[common + i] = rnd.nextLong();
    }
    for (int i = 0; i < onlyB; i++) {
      b[common + i] = rnd.nextLong();
    }
    return new long[][] {a, b};
  }

  @ParameterizedTest
  @ValueSource(ints = {32, 64})
  void estimatesAreUnbiasedWithTheBinomialSpread(int bits) {
    int p = 128;
    SplittableRandom rnd = new SplittableRandom(7);
    for (double j : new double[] {0.1, 0.3, 0.5, 0.8, 0.95}) {
      int trials = 300;
      double sd = Math.sqrt(j * (1 - j) / p);
      double sumErr = 0;
      double sumSq = 0;
      double worst = 0;
      for (int t = 0; t < trials; t++) {
        MinHasher mh = new MinHasher(p, bits, rnd.nextLong());
        long[][] s = pair(rnd, 200 + rnd.nextInt(400), j);
        double exact = exactJaccard(s[0], s[1]);
        long[] sa = new long[p];
        long[] sb = new long[p];
        mh.signature(s[0], s[0].length, sa);
        mh.signature(s[1], s[1].length, sb);
        double err = MinHasher.estimateJaccard(sa, sb) - exact;
        sumErr += err;
        sumSq += err * err;
        worst = Math.max(worst, Math.abs(err));
      }
      double mean = sumErr / trials;
      double variance = sumSq / trials;
      assertThat(worst).as("worst error at J=%s", j).isLessThanOrEqualTo(4.5 * sd);
      assertThat(Math.abs(mean)).as("mean error at J=%s", j).isLessThan(4 * sd / Math.sqrt(trials));
      assertThat(variance / (sd * sd)).as("variance ratio at J=%s", j).isBetween(0.7, 1.3);
    }
  }

  @Test
  void duplicatesInTheInputDoNotChangeTheSignature() {
    MinHasher mh = new MinHasher(64, 32, 1);
    long[] once = {11, 22, 33};
    long[] twice = {11, 22, 33, 33, 22, 11, 11};
    long[] a = new long[64];
    long[] b = new long[64];
    mh.signature(once, once.length, a);
    mh.signature(twice, twice.length, b);
    assertThat(b).isEqualTo(a);
    assertThat(MinHasher.estimateJaccard(a, b)).isEqualTo(1.0);
  }

  @Test
  void emptySetGivesTheEmptyValueAndSeedsAreReproducible() {
    long[] sig = new long[16];
    new MinHasher(16, 32, 3).signature(new long[0], 0, sig);
    assertThat(sig).containsOnly(MinHasher.emptyValue());
    long[] x = new long[16];
    long[] y = new long[16];
    new MinHasher(16, 64, 3).signature(new long[] {5, 6}, 2, x);
    new MinHasher(16, 64, 3).signature(new long[] {5, 6}, 2, y);
    assertThat(x).isEqualTo(y);
    assertThat(java.util.Arrays.stream(x).allMatch(v -> v >= 0 && v < MinHasher.MERSENNE_61)).isTrue();
  }

  @Test
  void mersenneMultiplicationIsExact() {
    SplittableRandom rnd = new SplittableRandom(5);
    java.math.BigInteger p = java.math.BigInteger.valueOf(MinHasher.MERSENNE_61);
    for (int i = 0; i < 10_000; i++) {
      long x = rnd.nextLong(MinHasher.MERSENNE_61);
      long y = rnd.nextLong(MinHasher.MERSENNE_61);
      long expected = java.math.BigInteger.valueOf(x).multiply(java.math.BigInteger.valueOf(y)).mod(p).longValue();
      assertThat(MinHasher.mulMod(x, y)).isEqualTo(expected);
    }
    assertThat(MinHasher.mulMod(MinHasher.MERSENNE_61 - 1, MinHasher.MERSENNE_61 - 1)).isEqualTo(1);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new MinHasher(0, 32, 1)).hasMessageContaining("num_perm");
    assertThatThrownBy(() -> new MinHasher(8, 16, 1)).hasMessageContaining("hash_bits");
    assertThatThrownBy(() -> MinHasher.estimateJaccard(new long[2], new long[3]))
        .hasMessageContaining("differ in length");
  }

  static double exactJaccard(long[] a, long[] b) {
    java.util.Set<Long> sa = new java.util.HashSet<>();
    for (long v : a) {
      sa.add(v);
    }
    java.util.Set<Long> sb = new java.util.HashSet<>();
    for (long v : b) {
      sb.add(v);
    }
    java.util.Set<Long> inter = new java.util.HashSet<>(sa);
    inter.retainAll(sb);
    java.util.Set<Long> union = new java.util.HashSet<>(sa);
    union.addAll(sb);
    return (double) inter.size() / union.size();
  }
}
