package dev.assay.quality.contamination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact hash map from 64-bit keys (n-gram hashes) to one or more int values (benchmark item
 * indexes): open addressing with linear probing over two primitive arrays, so memory is about 12
 * bytes per slot; a key shared by several items points into a small overflow list. Not
 * thread-safe while building; safe to read from many threads once built.
 *
 * <pre>{@code
 * LongIntMultiMap m = new LongIntMultiMap(1024);
 * m.put(hash, 7);
 * int[] items = m.get(hash);   // [7]
 * }</pre>
 */
final class LongIntMultiMap {
  private static final int[] NONE = new int[0];
  private long[] keys;
  private int[] values; // >= 0: one item; < 0: -(1 + overflow index); Integer.MIN_VALUE: empty
  private final List<int[]> overflow = new ArrayList<>();
  private int size;

  LongIntMultiMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, Integer.MIN_VALUE);
  }

  /** Distinct keys stored. */
  int size() {
    return size;
  }

  /** Adds {@code value} under {@code key} (a value already there is not added twice). */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be >= 0");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    int v = values[slot];
    if (v == Integer.MIN_VALUE) {
      keys[slot] = key;
      values[slot] = value;
      size++;
    } else if (v >= 0) {
      if (v != value) {
        overflow.add(new int[] {v, value});
        values[slot] = -overflow.size();
      }
    } else {
      int[] list = overflow.get(-v - 1);
      for (int x : list) {
        if (x == value) {
          return;
        }
      }
      int[] longer = Arrays.copyOf(list, list.length + 1);
      longer[list.length] = value;
      overflow.set(-v - 1, longer);
    }
  }

  /** The values under {@code key}; an empty array when there are none. Do not modify it. */
  int[] get(long key) {
    int v = values[slot(key)];
    if (v == Integer.MIN_VALUE) {
      return NONE;
    }
    return v >= 0 ? new int[] {v} : overflow.get(-v - 1);
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (values[i] != Integer.MIN_VALUE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, Integer.MIN_VALUE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != Integer.MIN_VALUE) {
        int s = slot(oldKeys[i]);
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
