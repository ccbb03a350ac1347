package dev.assay.stats.interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grouping of observation indices by cluster id (package-private). */
final class Clusters {
  private Clusters() {}

  /** The observation indices of each cluster, clusters in order of first appearance. */
  static int[][] members(int[] clusters) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < clusters.length; i++) {
      groups.computeIfAbsent(clusters[i], k -> new ArrayList<>()).add(i);
    }
    int[][] out = new int[groups.size()][];
    int c = 0;
    for (List<Integer> g : groups.values()) {
      out[c++] = g.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** The observations of the listed clusters, concatenated (with repetition). */
  static double[] gather(double[] values, int[][] members, int[] units) {
    int n = 0;
    for (int u : units) {
      n += members[u].length;
    }
    double[] out = new double[n];
    int k = 0;
    for (int u : units) {
      for (int i : members[u]) {
        out[k++] = values[i];
      }
    }
    return out;
  }
}
