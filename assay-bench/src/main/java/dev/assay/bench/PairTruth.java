package dev.assay.bench;

import dev.assay.quality.dedup.Shingler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact Jaccard similarity of every pair of documents that share at least one shingle,
 * through an inverted index (pairs sharing nothing have Jaccard 0). Shingle sets come from the
 * same {@link Shingler} the dedup uses, so "true Jaccard" means the similarity MinHash estimates.
 *
 * <pre>{@code
 * PairTruth t = PairTruth.of(texts, new Shingler(true, 5, true));
 * double j = t.jaccard(3, 17);
 * }</pre>
 */
public final class PairTruth {
  private final Map<Long, Double> pairs = new HashMap<>();

  private PairTruth() {}

  /** Computes the similarities of all overlapping pairs of {@code texts}. */
  public static PairTruth of(List<String> texts, Shingler shingler) {
    PairTruth t = new PairTruth();
    long[][] sets = new long[texts.size()][];
    Map<Long, List<Integer>> postings = new HashMap<>();
    int[] common = new int[texts.size()];
    int[] touched = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      int k = shingler.shingle(texts.get(i));
      sets[i] = Arrays.stream(Arrays.copyOf(shingler.hashes(), k)).distinct().toArray();
      int nt = 0;
      for (long s : sets[i]) {
        List<Integer> p = postings.computeIfAbsent(s, x -> new ArrayList<>(2));
        for (int j : p) {
          if (common[j]++ == 0) {
            touched[nt++] = j;
          }
        }
        p.add(i);
      }
      for (int x = 0; x < nt; x++) {
        int j = touched[x];
        double jac = (double) common[j] / (sets[i].length + sets[j].length - common[j]);
        t.pairs.put(key(j, i), jac);
        common[j] = 0;
      }
    }
    return t;
  }

  /** The Jaccard similarity of documents {@code a} and {@code b}. */
  public double jaccard(int a, int b) {
    return pairs.getOrDefault(key(Math.min(a, b), Math.max(a, b)), 0.0);
  }

  /** Every overlapping pair as {@code (a << 32 | b)} with {@code a < b}, mapped to its Jaccard. */
  public Map<Long, Double> pairs() {
    return pairs;
  }

  static long key(int a, int b) {
    return (long) a << 32 | b;
  }
}
