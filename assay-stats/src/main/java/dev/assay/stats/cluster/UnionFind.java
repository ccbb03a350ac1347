package dev.assay.stats.cluster;

import java.util.Arrays;

/**
 * Disjoint sets over 0..n-1 that grow as records arrive: union links the larger root under the
 * smaller one (so a cluster's root is its earliest member) and finds halve their paths. 4 bytes per
 * element. The one union-find of Assay: MinHash dedup grows it record by record, semantic dedup
 * and clustering start it with {@code n} singletons.
 *
 * <pre>{@code
 * UnionFind uf = new UnionFind();
 * uf.add(); uf.add(); uf.add();
 * uf.union(2, 0);
 * uf.find(2);   // 0
 * new UnionFind(5).union(3, 4);   // true: 3 and 4 joined, root 3
 * }</pre>
 */
public final class UnionFind {
  private int[] parent = new int[1024];
  private int size;

  /** Empty; elements come from {@link #add()}. */
  public UnionFind() {}

  /** With the singletons {@code 0..n-1} already added. */
  public UnionFind(int n) {
    parent = new int[Math.max(16, n)];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    size = n;
  }

  /** Adds a singleton set and returns its element. */
  public int add() {
    if (size == parent.length) {
      parent = Arrays.copyOf(parent, size + (size >> 1) + 16);
    }
    parent[size] = size;
    return size++;
  }

  /** Elements added. */
  public int size() {
    return size;
  }

  /** The root of {@code x}'s set: its smallest element. */
  public int find(int x) {
    int[] p = parent;
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  /** Merges the sets of {@code a} and {@code b}; returns true when they were separate. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (ra < rb) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
    return true;
  }
}
