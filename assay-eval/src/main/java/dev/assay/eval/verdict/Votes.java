package dev.assay.eval.verdict;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Self-consistency aggregation over k samples of the same request: majority for labels, mean for
 * scores, and the agreement rate (share of samples that agree with the aggregate).
 *
 * <pre>{@code
 * Votes.Majority m = Votes.majority(List.of(A, A, B)).get();   // A, agreement 2/3
 * Votes.Mean s = Votes.mean(List.of(7.0, 8.0, 8.0)).get();     // 7.67, agreement 2/3 (mode 8)
 * }</pre>
 */
public final class Votes {
  private Votes() {}

  /**
   * The majority label and the share of votes it got. When the top count is shared by two labels
   * the result is {@link PairVerdict#TIE}: the samples disagree, and a tie is what the position
   * swap rule would make of the same disagreement.
   */
  public record Majority(PairVerdict verdict, double agreement, int votes) {}

  /** The mean score, and the share of samples equal to the most common score. */
  public record Mean(double mean, double agreement, int votes) {}

  /** Majority of {@code votes}, or empty when there are none. */
  public static Optional<Majority> majority(List<PairVerdict> votes) {
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    Map<PairVerdict, Integer> counts = new EnumMap<>(PairVerdict.class);
    votes.forEach(v -> counts.merge(v, 1, Integer::sum));
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<PairVerdict> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    PairVerdict v = leaders.size() == 1 ? leaders.get(0) : PairVerdict.TIE;
    return Optional.of(new Majority(v, (double) top / votes.size(), votes.size()));
  }

  /** Mean of {@code scores}, or empty when there are none. */
  public static Optional<Mean> mean(List<Double> scores) {
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    double sum = 0;
    Map<Double, Integer> counts = new HashMap<>();
    for (double s : scores) {
      sum += s;
      counts.merge(s, 1, Integer::sum);
    }
    int mode = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return Optional.of(new Mean(sum / scores.size(), (double) mode / scores.size(), scores.size()));
  }
}
