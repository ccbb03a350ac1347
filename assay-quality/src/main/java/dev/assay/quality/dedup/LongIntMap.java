package dev.assay.quality.dedup;

import java.util.Arrays;

/**
 * An open-addressing hash map from 64-bit keys (already well-mixed hashes) to non-negative ints,
 * with linear probing and no boxing: 12 bytes per slot, kept at most 3/4 full. Used for LSH band
 * buckets and exact-hash groups.
 *
 * <pre>{@code
 * LongIntMap m = new LongIntMap(16);
 * int prev = m.putIfAbsent(hash, docIndex);   // -1 when the key was new
 * }</pre>
 */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int mask;
  private int size;

  /** A map sized for about {@code expected} keys before its first resize. */
  public LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 4 / 3) - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, -1);
    mask = cap - 1;
  }

  /** Keys stored. */
  public int size() {
    return size;
  }

  /** The value for {@code key}, or -1. */
  public int get(long key) {
    int i = slot(key);
    while (values[i] >= 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Stores {@code value} (≥ 0) for {@code key} unless present; returns the previous value or -1. */
  public int putIfAbsent(long key, int value) {
    int i = slot(key);
    while (values[i] >= 0) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > (mask + 1) / 4 * 3) {
      grow();
    }
    return -1;
  }

  /** Stores {@code value} (≥ 0) for {@code key}, replacing any previous value; returns it or -1. */
  public int put(long key, int value) {
    int i = slot(key);
    while (values[i] >= 0) {
      if (keys[i] == key) {
        int prev = values[i];
        values[i] = value;
        return prev;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > (mask + 1) / 4 * 3) {
      grow();
    }
    return -1;
  }

  private int slot(long key) {
    return (int) (Hashes.fmix64(key) & mask);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, -1);
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] >= 0) {
        int i = slot(oldKeys[j]);
        while (values[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
