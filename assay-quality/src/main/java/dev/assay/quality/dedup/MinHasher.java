package dev.assay.quality.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle-hash sets with {@code numPerm} hash functions derived from one base
 * hash per shingle, so each shingle is hashed once and each permutation costs a multiply, an add
 * and a compare in a loop over plain arrays that the JIT vectorises.
 *
 * <ul>
 *   <li>32-bit: the shingle hash's low 32 bits {@code x} map to {@code ((a·x + b) mod 2^64) >>> 32}
 *       with random 64-bit {@code a}, {@code b}: Dietzfelbinger's multiply-add-shift scheme,
 *       strongly universal onto 32 bits (cheaper than the {@code (a·x + b) mod (2^61 − 1)} of
 *       datasketch and text-dedup, which needs a 128-bit product).
 *   <li>64-bit: the shingle hash reduced modulo the Mersenne prime {@code p = 2^61 − 1} maps to
 *       {@code (a·x + b) mod p} computed exactly with a 128-bit product (datasketch computes the
 *       product modulo 2^64 first); values are 61-bit.
 * </ul>
 *
 * Instances are immutable and thread-safe; the permutations depend on {@code seed} only.
 *
 * <pre>{@code
 * MinHasher mh = new MinHasher(128, 32, 42);
 * long[] sig = new long[128];
 * mh.signature(shingleHashes, count, sig);
 * double j = MinHasher.estimateJaccard(sig, otherSig);
 * }</pre>
 */
public final class MinHasher {
  static final long MERSENNE_61 = (1L << 61) - 1;

  private final int numPerm;
  private final int hashBits;
  private final long[] a;
  private final long[] b;

  /**
   * @param numPerm permutations (signature length), ≥ 1
   * @param hashBits 32 or 64
   * @param seed the seed of the permutation parameters
   */
  public MinHasher(int numPerm, int hashBits, long seed) {
    if (numPerm < 1) {
      throw new IllegalArgumentException("num_perm: expected at least 1, found " + numPerm);
    }
    if (hashBits != 32 && hashBits != 64) {
      throw new IllegalArgumentException("hash_bits: expected 32 or 64, found " + hashBits);
    }
    this.numPerm = numPerm;
    this.hashBits = hashBits;
    this.a = new long[numPerm];
    this.b = new long[numPerm];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < numPerm; i++) {
      if (hashBits == 32) {
        a[i] = rnd.nextLong();
        b[i] = rnd.nextLong();
      } else {
        a[i] = rnd.nextLong(1, MERSENNE_61);
        b[i] = rnd.nextLong(0, MERSENNE_61);
      }
    }
  }

  /** The signature length. */
  public int numPerm() {
    return numPerm;
  }

  /** 32 or 64. */
  public int hashBits() {
    return hashBits;
  }

  /** The value a signature holds for an empty set (greater than any real value). */
  public static long emptyValue() {
    return Long.MAX_VALUE;
  }

  /**
   * Writes the signature of the first {@code count} entries of {@code shingles} into {@code out}
   * (length ≥ numPerm). An empty set gives {@link #emptyValue()} everywhere.
   */
  public void signature(long[] shingles, int count, long[] out) {
    Arrays.fill(out, 0, numPerm, Long.MAX_VALUE);
    if (hashBits == 32) {
      signature32(shingles, count, out);
    } else {
      signature64(shingles, count, out);
    }
  }

  private void signature32(long[] shingles, int count, long[] out) {
    final long[] a = this.a;
    final long[] b = this.b;
    final int p = numPerm;
    int s = 0;
    for (; s + 1 < count; s += 2) {
      long x = shingles[s] & 0xFFFFFFFFL;
      long y = shingles[s + 1] & 0xFFFFFFFFL;
      for (int i = 0; i < p; i++) {
        long vx = (a[i] * x + b[i]) >>> 32;
        long vy = (a[i] * y + b[i]) >>> 32;
        out[i] = Math.min(out[i], Math.min(vx, vy));
      }
    }
    for (; s < count; s++) {
      long x = shingles[s] & 0xFFFFFFFFL;
      for (int i = 0; i < p; i++) {
        out[i] = Math.min(out[i], (a[i] * x + b[i]) >>> 32);
      }
    }
  }

  private void signature64(long[] shingles, int count, long[] out) {
    for (int s = 0; s < count; s++) {
      long h = shingles[s];
      long x = (h & MERSENNE_61) + (h >>> 61);
      if (x >= MERSENNE_61) {
        x -= MERSENNE_61;
      }
      for (int i = 0; i < numPerm; i++) {
        long v = addMod(mulMod(a[i], x), b[i]);
        if (v < out[i]) {
          out[i] = v;
        }
      }
    }
  }

  /** {@code (x·y) mod (2^61 − 1)} for {@code x, y < 2^61}. */
  static long mulMod(long x, long y) {
    long lo = x * y;
    long hi = Math.multiplyHigh(x, y);
    // x·y = hi·2^64 + lo and 2^61 ≡ 1, so 2^64 ≡ 8 (mod p).
    long r = (lo & MERSENNE_61) + (lo >>> 61) + (hi << 3);
    r = (r & MERSENNE_61) + (r >>> 61);
    return r >= MERSENNE_61 ? r - MERSENNE_61 : r;
  }

  private static long addMod(long x, long y) {
    long r = x + y;
    return r >= MERSENNE_61 ? r - MERSENNE_61 : r;
  }

  /** The fraction of positions where two signatures agree: an unbiased estimate of Jaccard. */
  public static double estimateJaccard(long[] s1, long[] s2) {
    if (s1.length != s2.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + s1.length + " and " + s2.length);
    }
    int same = 0;
    for (int i = 0; i < s1.length; i++) {
      if (s1[i] == s2[i]) {
        same++;
      }
    }
    return (double) same / s1.length;
  }
}
