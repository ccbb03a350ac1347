package dev.assay.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a mistyped name: the candidates closest to what was typed, by optimal string
 * alignment distance (Damerau-Levenshtein where each substring is edited once: insertions,
 * deletions, substitutions and transpositions of two neighbours each cost 1), compared without
 * case. A candidate is suggested when its distance is at most {@link #threshold(int)} of the typed
 * length, or when it starts with what was typed (at least three characters). Used by the CLI for
 * subcommands and options, and usable for configuration keys.
 *
 * <pre>{@code
 * Suggestions.closest("dedpu", List.of("dedup", "drift", "judge"))   // Optional[dedup]
 * Suggestions.closest("metod", List.of("method", "field", "out"))    // Optional[method]
 * Suggestions.closest("xyz", List.of("dedup"))                        // Optional.empty
 * }</pre>
 */
public final class Suggestions {
  private Suggestions() {}

  /** The single best suggestion for {@code typed}, if any candidate is close enough. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    List<String> all = ranked(typed, candidates);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every candidate close enough to {@code typed}, best first (by distance, then in the order
   * given); an exact match (ignoring case) is not a suggestion and is left out.
   */
  public static List<String> ranked(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance, int order) {}
    List<Scored> hits = new ArrayList<>();
    int order = 0;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = distance(t, lc);
      boolean prefix = t.length() >= 3 && lc.startsWith(t);
      if (d > 0 && (d <= threshold(t.length()) || prefix)) {
        hits.add(new Scored(c, d, order));
      }
      order++;
    }
    hits.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
    return hits.stream().map(Scored::name).distinct().toList();
  }

  /** The largest distance still suggested for a typed name of {@code length} characters. */
  public static int threshold(int length) {
    if (length <= 3) {
      return 1;
    }
    return length <= 6 ? 2 : 3;
  }

  /** The optimal string alignment distance between {@code a} and {@code b} (case-sensitive). */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
