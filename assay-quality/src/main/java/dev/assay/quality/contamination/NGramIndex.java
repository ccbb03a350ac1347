package dev.assay.quality.contamination;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The benchmark side of n-gram contamination matching: the 64-bit hashes of every distinct word
 * n-gram of every benchmark item (memory grows with the hashes, about 12-24 bytes each, never with
 * text). Items shorter than {@code n} words but at least {@code minItemTokens} long are indexed as
 * one gram of their own length, as the GPT-3 paper shortens N for short benchmark examples (N
 * between 8 and 13); shorter items cannot be matched by n-grams (counted in {@link
 * #unindexable()}; embedding similarity still covers them).
 *
 * <pre>{@code
 * NGramIndex idx = NGramIndex.build(loaded.items(), loaded.texts(), 13, 8);
 * Map<Integer, Integer> hits = idx.matches(TextNormalizer.tokens(row));   // item -> grams matched
 * }</pre>
 */
public final class NGramIndex {
  private final List<BenchmarkItem> items;
  private final int n;
  private final int minItemTokens;
  private final LongIntMultiMap grams;
  private final int[] gramsPerItem;
  private final int[] shortLengths;
  private final int unindexable;

  private NGramIndex(
      List<BenchmarkItem> items, int n, int minItemTokens, LongIntMultiMap grams, int[] gramsPerItem,
      int[] shortLengths, int unindexable) {
    this.items = items;
    this.n = n;
    this.minItemTokens = minItemTokens;
    this.grams = grams;
    this.gramsPerItem = gramsPerItem;
    this.shortLengths = shortLengths;
    this.unindexable = unindexable;
  }

  /**
   * Indexes {@code texts} (parallel to {@code items}).
   *
   * @param n words per gram, at least 1
   * @param minItemTokens shortest item (in words) still indexed as a whole; {@code >= n} disables
   *     short-item grams
   */
  public static NGramIndex build(List<BenchmarkItem> items, List<String> texts, int n, int minItemTokens) {
    if (n < 1) {
      throw new IllegalArgumentException("ngram: expected >= 1, found " + n);
    }
    if (minItemTokens < 1) {
      throw new IllegalArgumentException("min_item_tokens: expected >= 1, found " + minItemTokens);
    }
    if (items.size() != texts.size()) {
      throw new IllegalArgumentException("items and texts differ in length");
    }
    LongIntMultiMap map = new LongIntMultiMap(Math.max(16, items.size() * 32));
    int[] per = new int[items.size()];
    TreeSet<Integer> shorts = new TreeSet<>();
    int unindexable = 0;
    for (int i = 0; i < items.size(); i++) {
      String[] tokens = TextNormalizer.tokens(texts.get(i));
      if (tokens.length >= n) {
        long[] h = distinct(NGramHasher.hashes(tokens, n));
        for (long x : h) {
          map.put(x, i);
        }
        per[i] = h.length;
      } else if (tokens.length >= minItemTokens) {
        map.put(NGramHasher.whole(tokens), i);
        shorts.add(tokens.length);
        per[i] = 1;
      } else {
        unindexable++;
      }
    }
    int[] lengths = shorts.stream().mapToInt(Integer::intValue).toArray();
    return new NGramIndex(List.copyOf(items), n, minItemTokens, map, per, lengths, unindexable);
  }

  /**
   * For each benchmark item sharing at least one gram with {@code tokens}: the number of its
   * distinct grams found in them. Keys are item indexes, in ascending order.
   */
  public Map<Integer, Integer> matches(String[] tokens) {
    Map<Integer, Integer> out = new java.util.TreeMap<>();
    count(distinct(NGramHasher.hashes(tokens, n)), out);
    for (int k : shortLengths) {
      count(distinct(NGramHasher.hashes(tokens, k)), out);
    }
    return out;
  }

  private void count(long[] hashes, Map<Integer, Integer> out) {
    for (long h : hashes) {
      for (int item : grams.get(h)) {
        out.merge(item, 1, Integer::sum);
      }
    }
  }

  /** The item at {@code index}. */
  public BenchmarkItem item(int index) {
    return items.get(index);
  }

  /** All items, in index order. */
  public List<BenchmarkItem> items() {
    return items;
  }

  /** Distinct grams of item {@code index} (1 for a short item, 0 when unindexable). */
  public int gramsOf(int index) {
    return gramsPerItem[index];
  }

  /** Words per gram. */
  public int n() {
    return n;
  }

  /** Items too short to index ({@code < minItemTokens} words). */
  public int unindexable() {
    return unindexable;
  }

  /** Figures for reports: items, distinct grams, short-item lengths indexed, unindexable items. */
  public Map<String, Object> stats() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", items.size());
    m.put("ngram", n);
    m.put("min_item_tokens", minItemTokens);
    m.put("distinct_grams", grams.size());
    m.put("short_item_lengths", Arrays.stream(shortLengths).boxed().toList());
    m.put("items_too_short_for_ngrams", unindexable);
    return m;
  }

  private static long[] distinct(long[] h) {
    if (h.length < 2) {
      return h;
    }
    long[] s = h.clone();
    Arrays.sort(s);
    int w = 1;
    for (int i = 1; i < s.length; i++) {
      if (s[i] != s[w - 1]) {
        s[w++] = s[i];
      }
    }
    return Arrays.copyOf(s, w);
  }
}
