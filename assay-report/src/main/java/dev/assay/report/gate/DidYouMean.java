package dev.assay.report.gate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known name to a misspelled one, for "did you mean" hints: by edit distance (at most a
 * third of the name, and at least 1), or a known name that contains the typed one.
 *
 * <pre>{@code
 * DidYouMean.closest("rejeted_share", List.of("rejected_share", "kept_share"));   // Optional[rejected_share]
 * }</pre>
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The closest of {@code known} to {@code typed}, if any is close. */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best != null && bestD <= Math.max(1, typed.length() / 3)) {
      return Optional.of(best);
    }
    if (t.length() >= 3) {
      for (String k : known) {
        if (k.toLowerCase(Locale.ROOT).contains(t)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] x = prev;
      prev = cur;
      cur = x;
    }
    return prev[b.length()];
  }
}
