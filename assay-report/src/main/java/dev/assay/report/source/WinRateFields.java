package dev.assay.report.source;

import dev.assay.report.summary.Comparison;
import tools.jackson.databind.JsonNode;

/**
 * A {@link Comparison} from the win-rate fields that {@code leaderboard} and {@code eval alpacaeval}
 * write ({@code win_rate} in percent, {@code n_wins}, {@code n_wins_base}, {@code n_draws},
 * {@code n_total}). The statistic is named by what it is: "win rate" when it equals the wins plus
 * half the ties over the prompts (hard verdicts), else "preference-weighted win rate" (soft
 * preferences, AlpacaEval's mean of {@code preference - 1}).
 *
 * <pre>{@code
 * Comparison c = WinRateFields.comparison("model-a", "model-b", node.path("vs_baseline"), 0.1, 0.2, 0.95, "prompts");
 * }</pre>
 */
final class WinRateFields {
  private WinRateFields() {}

  /** The comparison of {@code model} with {@code opponent} read from {@code v}; bounds are shares (NaN for none). */
  static Comparison comparison(String model, String opponent, JsonNode v, double lower, double upper, double confidence, String unit) {
    double rate = RunFiles.num(v, "win_rate");
    long total = RunFiles.count(v, "n_total", 0);
    long draws = RunFiles.count(v, "n_draws", 0);
    Comparison.Preferred preferred = null;
    if (v.has("n_wins") && v.has("n_wins_base")) {
      preferred = new Comparison.Preferred(RunFiles.count(v, "n_wins", 0), RunFiles.count(v, "n_wins_base", 0), draws, unit);
    }
    return new Comparison(model, opponent, statistic(rate, preferred, total), rate / 100, lower, upper, total, draws, confidence, unit,
        preferred != null && preferred.total() == total ? preferred : null);
  }

  /** The comparison from a {@code leaderboard.json} contract entry; bounds are shares (NaN for none). */
  static Comparison comparison(String model, String opponent, dev.assay.core.run.LeaderboardFile.VsBaseline v, double lower, double upper,
      double confidence, String unit) {
    double rate = v.winRate() == null ? Double.NaN : v.winRate();
    Comparison.Preferred preferred = new Comparison.Preferred(v.nWins(), v.nWinsBase(), v.nDraws(), unit);
    return new Comparison(model, opponent, statistic(rate, preferred, v.nTotal()), rate / 100, lower, upper, v.nTotal(), v.nDraws(),
        confidence, unit, preferred.total() == v.nTotal() ? preferred : null);
  }

  /** "win rate" when {@code ratePercent} is the hard-verdict win rate of the counts, else "preference-weighted win rate". */
  static String statistic(double ratePercent, Comparison.Preferred p, long total) {
    if (p == null || total == 0 || !Double.isFinite(ratePercent)) {
      return "win rate";
    }
    double hard = 100.0 * (p.model() + 0.5 * p.ties()) / total;
    return Math.abs(hard - ratePercent) < 0.05 ? "win rate" : "preference-weighted win rate";
  }
}
