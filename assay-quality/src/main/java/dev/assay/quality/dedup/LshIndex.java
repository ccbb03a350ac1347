package dev.assay.quality.dedup;

import java.util.Arrays;

/**
 * The LSH buckets: one hash table per band from band key to the most recent (with chains) or the
 * first (without) record in that bucket. Without chains a new record only learns its bucket's first
 * record, which is enough for clustering, since every later member links to the same one; with
 * chains ({@code next[band][record]}) it can walk all earlier members, which verification needs.
 *
 * <pre>{@code
 * LshIndex idx = new LshIndex(9, false);
 * int[] prev = new int[9];
 * idx.insert(doc, keys, offset, prev);   // prev[b]: an earlier record in band b's bucket, or -1
 * }</pre>
 */
public final class LshIndex {
  private final LongIntMap[] tables;
  private final int[][] next;

  /** An index of {@code bands} tables; {@code chains} keeps every bucket member reachable. */
  public LshIndex(int bands, boolean chains) {
    tables = new LongIntMap[bands];
    for (int b = 0; b < bands; b++) {
      tables[b] = new LongIntMap(1 << 12);
    }
    next = chains ? new int[bands][1024] : null;
  }

  /** The number of bands. */
  public int bands() {
    return tables.length;
  }

  /**
   * Inserts record {@code doc} (records are inserted in increasing order) with its band keys at
   * {@code keys[offset .. offset+bands)}, and writes into {@code out[band]} the record already in
   * that band's bucket, or -1: the bucket's first record without chains, its newest with chains
   * (walk on with {@link #next}).
   */
  public void insert(int doc, long[] keys, int offset, int[] out) {
    for (int b = 0; b < tables.length; b++) {
      if (next == null) {
        out[b] = tables[b].putIfAbsent(keys[offset + b], doc);
      } else {
        int prev = tables[b].put(keys[offset + b], doc);
        if (doc >= next[b].length) {
          next[b] = Arrays.copyOf(next[b], Math.max(doc + 1, next[b].length + (next[b].length >> 1)));
        }
        next[b][doc] = prev;
        out[b] = prev;
      }
    }
  }

  /**
   * With chains: the bucket member before {@code doc} in band {@code band}, or -1. Without chains
   * this is always -1.
   */
  public int next(int band, int doc) {
    return next == null ? -1 : next[band][doc];
  }
}
