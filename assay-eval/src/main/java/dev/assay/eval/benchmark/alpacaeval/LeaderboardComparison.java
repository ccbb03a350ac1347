package dev.assay.eval.benchmark.alpacaeval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reproduced leaderboard set beside the published one, column by column: every difference, and
 * the largest absolute difference per column.
 *
 * <pre>{@code
 * LeaderboardComparison c = LeaderboardComparison.of(result, PublishedLeaderboard.read(csv));
 * c.maxAbsDifference().get("win_rate");     // 1.4e-13
 * c.unpublished();                          // models with annotations but no published row
 * }</pre>
 *
 * @param deviations one per (model, column) where both sides have a number
 * @param maxAbsDifference per column, the largest {@code |ours - published|}
 * @param worstModel per column, the model with that largest difference
 * @param compared models that have a published row
 * @param unpublished models with annotations but no published row
 */
public record LeaderboardComparison(
    List<Deviation> deviations,
    Map<String, Double> maxAbsDifference,
    Map<String, String> worstModel,
    List<String> compared,
    List<String> unpublished) {
  /** The columns compared, in the leaderboard's order. */
  public static final List<String> COLUMNS =
      List.of(
          "win_rate", "standard_error", "n_wins", "n_wins_base", "n_draws", "n_total",
          "discrete_win_rate", "avg_length", "length_controlled_winrate", "lc_standard_error",
          "lc_fitted_winrate");

  /** Copies. */
  public LeaderboardComparison {
    deviations = List.copyOf(deviations);
    maxAbsDifference = Map.copyOf(maxAbsDifference);
    worstModel = Map.copyOf(worstModel);
    compared = List.copyOf(compared);
    unpublished = List.copyOf(unpublished);
  }

  /**
   * One difference.
   *
   * @param model the model
   * @param column the leaderboard column ({@code lc_fitted_winrate} is compared with the published
   *     {@code length_controlled_winrate})
   * @param ours our value
   * @param published the published value
   */
  public record Deviation(String model, String column, double ours, double published) {
    /** {@code ours - published}. */
    public double difference() {
      return ours - published;
    }
  }

  /** Compares every entry that has a published row. */
  public static LeaderboardComparison of(AlpacaEvalResult result, Map<String, PublishedLeaderboard.Row> published) {
    List<Deviation> out = new ArrayList<>();
    List<String> compared = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (LeaderboardEntry e : result.entries()) {
      PublishedLeaderboard.Row p = published.get(e.model());
      if (p == null) {
        unpublished.add(e.model());
        continue;
      }
      compared.add(e.model());
      var w = e.winRate();
      add(out, e.model(), "win_rate", w.winRate(), p.winRate());
      add(out, e.model(), "standard_error", w.standardError(), p.standardError());
      add(out, e.model(), "n_wins", w.nWins(), p.nWins());
      add(out, e.model(), "n_wins_base", w.nWinsBase(), p.nWinsBase());
      add(out, e.model(), "n_draws", w.nDraws(), p.nDraws());
      add(out, e.model(), "n_total", w.nTotal(), p.nTotal());
      add(out, e.model(), "discrete_win_rate", w.discreteWinRate(), p.discreteWinRate());
      add(out, e.model(), "avg_length", e.avgLength(), p.avgLength());
      add(out, e.model(), "length_controlled_winrate", e.lengthControlledWinRate(), p.lengthControlledWinRate());
      add(out, e.model(), "lc_standard_error", e.lcStandardError(), p.lcStandardError());
      add(out, e.model(), "lc_fitted_winrate", e.lcFitted(), p.lengthControlledWinRate());
    }
    Map<String, Double> max = new LinkedHashMap<>();
    Map<String, String> worst = new LinkedHashMap<>();
    for (Deviation d : out) {
      double a = Math.abs(d.difference());
      if (!max.containsKey(d.column()) || a > max.get(d.column())) {
        max.put(d.column(), a);
        worst.put(d.column(), d.model());
      }
    }
    return new LeaderboardComparison(out, max, worst, compared, unpublished);
  }

  /** The deviations of one column. */
  public List<Deviation> column(String column) {
    return deviations.stream().filter(d -> d.column().equals(column)).toList();
  }

  /** The deviation of one model in one column, or {@code null}. */
  public Deviation get(String model, String column) {
    return deviations.stream()
        .filter(d -> d.model().equals(model) && d.column().equals(column))
        .findFirst()
        .orElse(null);
  }

  private static void add(List<Deviation> out, String model, String column, double ours, Number published) {
    if (published == null || Double.isNaN(published.doubleValue()) || Double.isNaN(ours)) {
      return;
    }
    out.add(new Deviation(model, column, ours, published.doubleValue()));
  }
}
