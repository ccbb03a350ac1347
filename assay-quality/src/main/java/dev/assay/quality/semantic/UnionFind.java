package dev.assay.quality.semantic;

/**
 * Disjoint sets over 0..n-1 with path halving and union by size: the duplicate clusters.
 *
 * <pre>{@code
 * UnionFind uf = new UnionFind(n);
 * uf.union(3, 7);
 * boolean same = uf.find(3) == uf.find(7);
 * }</pre>
 */
final class UnionFind {
  private final int[] parent;
  private final int[] size;

  UnionFind(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of {@code a} and {@code b}; true if they were apart. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    return true;
  }

  /** Size of the set holding {@code x}. */
  int sizeOf(int x) {
    return size[find(x)];
  }
}
