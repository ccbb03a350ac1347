package dev.assay.quality.contamination;

/**
 * 64-bit hashes of word n-grams. Each word is hashed once (FNV-1a over its UTF-16 units, then a
 * SplitMix64 finaliser); an n-gram's hash is a polynomial of its word hashes modulo 2^64, rolled
 * along the text in O(1) per position, then finalised with its length mixed in (so a 9-gram and a
 * 13-gram never share a key by construction). At 64 bits, a spurious collision among a benchmark's
 * few hundred thousand n-grams and a training row's n-grams has probability about {@code 2^-40}.
 *
 * <pre>{@code
 * long[] h = NGramHasher.hashes(TextNormalizer.tokens(text), 13);   // one per window; empty if too short
 * }</pre>
 */
public final class NGramHasher {
  private static final long BASE = 0x9E3779B97F4A7C15L | 1L;

  private NGramHasher() {}

  /** Hashes of every window of {@code n} consecutive tokens, in order ({@code max(0, len - n + 1)}). */
  public static long[] hashes(String[] tokens, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n-gram size must be >= 1, found " + n);
    }
    int windows = tokens.length - n + 1;
    if (windows <= 0) {
      return new long[0];
    }
    long[] words = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      words[i] = wordHash(tokens[i]);
    }
    long top = 1; // BASE^(n-1)
    for (int i = 1; i < n; i++) {
      top *= BASE;
    }
    long[] out = new long[windows];
    long h = 0;
    for (int i = 0; i < n; i++) {
      h = h * BASE + words[i];
    }
    out[0] = finish(h, n);
    for (int i = 1; i < windows; i++) {
      h = (h - words[i - 1] * top) * BASE + words[i + n - 1];
      out[i] = finish(h, n);
    }
    return out;
  }

  /** Hash of the whole token sequence as one gram (equal to {@code hashes(tokens, tokens.length)[0]}). */
  public static long whole(String[] tokens) {
    return hashes(tokens, tokens.length)[0];
  }

  static long wordHash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h ^= w.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long finish(long h, int n) {
    return mix(h ^ ((long) n << 56) ^ n);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
