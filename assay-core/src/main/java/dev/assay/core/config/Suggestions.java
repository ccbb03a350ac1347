package dev.assay.core.config;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for a mistyped key or value: the closest allowed word by edit distance
 * (Damerau-Levenshtein, optimal string alignment), when it is close enough to be a typo.
 *
 * <pre>{@code
 * Suggestions.closest("thredas", List.of("input", "threads"));   // "threads"
 * Suggestions.closest("xyz", List.of("input", "threads"));       // null
 * }</pre>
 */
final class Suggestions {
  private Suggestions() {}

  /** The allowed word nearest to {@code typed}, or null when none is within a typo's distance. */
  static String closest(String typed, Collection<String> allowed) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(t, a.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        best = a;
        bestD = d;
      }
    }
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    return best != null && bestD <= limit ? best : null;
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
