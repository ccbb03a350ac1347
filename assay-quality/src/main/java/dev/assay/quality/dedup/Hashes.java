package dev.assay.quality.dedup;

/**
 * Fast non-cryptographic hashing of text for deduplication: 64-bit and 128-bit hashes of a whole
 * string, and the 64-bit finaliser used to mix shingle and band hashes. Strings are hashed as their
 * UTF-16 code units, four to a 64-bit block, with two independent multiply-rotate lanes (the
 * structure of MurmurHash3's x64 variant, not its exact output), so no bytes or substrings are
 * allocated. Collisions between distinct strings happen with probability about 2^-64 (64-bit) or
 * 2^-128 (128-bit) per pair.
 *
 * <pre>{@code
 * long h = Hashes.hash64("some normalised text");
 * long[] h2 = Hashes.hash128("some normalised text");   // {high, low}
 * }</pre>
 */
public final class Hashes {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Hashes() {}

  /** The MurmurHash3 64-bit finaliser: a bijection with full avalanche. */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** A 64-bit hash of {@code s} (the first lane of {@link #hash128(CharSequence)}). */
  public static long hash64(CharSequence s) {
    return hash128(s, 0L)[0];
  }

  /** A 128-bit hash of {@code s}, as {@code {high, low}}. */
  public static long[] hash128(CharSequence s) {
    return hash128(s, 0L);
  }

  /** A 128-bit hash of {@code s} under {@code seed}, as {@code {high, low}}. */
  public static long[] hash128(CharSequence s, long seed) {
    int n = s.length();
    long h1 = seed;
    long h2 = seed ^ 0x9E3779B97F4A7C15L;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long k1 = block(s, i);
      long k2 = block(s, i + 4);
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int rest = n - i;
    for (int j = 0; j < rest; j++) {
      long c = s.charAt(i + j);
      if (j < 4) {
        k1 |= c << (16 * j);
      } else {
        k2 |= c << (16 * (j - 4));
      }
    }
    if (rest > 4) {
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
    }
    if (rest > 0) {
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
    }
    h1 ^= n;
    h2 ^= n;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    return new long[] {h1, h2};
  }

  private static long block(CharSequence s, int i) {
    return s.charAt(i)
        | (long) s.charAt(i + 1) << 16
        | (long) s.charAt(i + 2) << 32
        | (long) s.charAt(i + 3) << 48;
  }
}
