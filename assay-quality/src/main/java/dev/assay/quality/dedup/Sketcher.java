package dev.assay.quality.dedup;

import java.util.Arrays;

/**
 * Turns texts into what LSH needs: per text, its {@code bands} band keys (a 64-bit hash of each
 * band's {@code rows} MinHash values) and, when verification is on, its sorted set of distinct
 * 32-bit shingle hashes. One per thread: it reuses a {@link Shingler} and a signature buffer.
 *
 * <pre>{@code
 * Sketcher sk = new Sketcher(new Shingler(true, 5, true), new MinHasher(128, 32, 42), new LshParams(9, 13), false);
 * Sketcher.Batch b = sk.sketch(texts, texts.length, 0);
 * long key = b.bandKeys()[doc * 9 + band];
 * }</pre>
 */
public final class Sketcher {
  private final Shingler shingler;
  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final boolean keepSets;
  private final long[] signature;

  /**
   * The sketches of a run of consecutive texts.
   *
   * @param first index of the first text in the whole input (arrival order)
   * @param count texts in the batch
   * @param bandKeys {@code count × bands} keys, text-major
   * @param empty texts that had no shingles (their keys are meaningless)
   * @param sets the sorted distinct shingle hashes per text, or null without verification
   */
  public record Batch(int first, int count, long[] bandKeys, boolean[] empty, int[][] sets) {}

  public Sketcher(Shingler shingler, MinHasher hasher, LshParams lsh, boolean keepSets) {
    if (lsh.width() > hasher.numPerm()) {
      throw new IllegalArgumentException(
          "bands x rows = " + lsh.width() + " exceeds num_perm = " + hasher.numPerm());
    }
    this.shingler = shingler;
    this.hasher = hasher;
    this.bands = lsh.bands();
    this.rows = lsh.rows();
    this.keepSets = keepSets;
    this.signature = new long[hasher.numPerm()];
  }

  /** Sketches {@code texts[0..count)}, the texts numbered from {@code first}. */
  public Batch sketch(String[] texts, int count, int first) {
    long[] keys = new long[count * bands];
    boolean[] empty = new boolean[count];
    int[][] sets = keepSets ? new int[count][] : null;
    for (int t = 0; t < count; t++) {
      int k = shingler.shingle(texts[t]);
      if (k == 0) {
        empty[t] = true;
        if (sets != null) {
          sets[t] = new int[0];
        }
        continue;
      }
      long[] hashes = shingler.hashes();
      hasher.signature(hashes, k, signature);
      bandKeys(signature, keys, t * bands);
      if (sets != null) {
        sets[t] = distinct32(hashes, k);
      }
    }
    return new Batch(first, count, keys, empty, sets);
  }

  /** Writes the band keys of {@code sig} into {@code out} from {@code offset}. */
  void bandKeys(long[] sig, long[] out, int offset) {
    for (int band = 0; band < bands; band++) {
      long h = band + 1;
      int base = band * rows;
      for (int r = 0; r < rows; r++) {
        h = (h ^ sig[base + r]) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
      }
      out[offset + band] = Hashes.fmix64(h);
    }
  }

  /** The distinct low 32 bits of {@code hashes[0..k)}, sorted. */
  static int[] distinct32(long[] hashes, int k) {
    int[] v = new int[k];
    for (int i = 0; i < k; i++) {
      v[i] = (int) hashes[i];
    }
    Arrays.sort(v);
    int n = 0;
    for (int i = 0; i < k; i++) {
      if (n == 0 || v[i] != v[n - 1]) {
        v[n++] = v[i];
      }
    }
    return n == k ? v : Arrays.copyOf(v, n);
  }

  /** Exact Jaccard similarity of two sorted distinct sets; 0 when both are empty. */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
