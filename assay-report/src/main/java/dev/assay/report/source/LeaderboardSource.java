package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.chart.Point;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Caveats;
import dev.assay.report.summary.Comparison;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.Percent;
import dev.assay.report.summary.Rating;
import dev.assay.report.summary.RatingSentences;
import dev.assay.report.summary.WinRateSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay leaderboard} runs: win rates against the baseline with their intervals, the
 * Bradley-Terry ratings as a forest plot, length against win rate when lengths were given, the
 * judge's flip rate and position bias, and its agreement with human labels (with a confusion heat
 * map when the judgment files can still be read). Reads {@code leaderboard.json}.
 *
 * <pre>{@code
 * List<Section> s = new LeaderboardSource().contribution(Path.of("out/board"), manifest).sections();
 * }</pre>
 */
public final class LeaderboardSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("leaderboard");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode b = RunFiles.json(runDir, "leaderboard.json");
    HumanConfusion confusion = HumanConfusion.read(runDir, manifest);
    return new Contribution(sections(b, confusion), summary(b, confusion));
  }

  private static List<Section> sections(JsonNode b, HumanConfusion confusion) {
    String baseline = b.path("baseline").asString("");
    String level = Percent.level(RunFiles.num(b, "confidence"));
    List<Block> blocks = new ArrayList<>();
    List<Estimate> wins = new ArrayList<>();
    List<Estimate> ratings = new ArrayList<>();
    List<Point> lengths = new ArrayList<>();
    boolean intervals = true;
    for (JsonNode m : b.path("models")) {
      String model = m.path("model").asString();
      double r = RunFiles.num(m, "rating");
      if (Double.isFinite(r)) {
        double lo = RunFiles.num(m, "rating_lower");
        double hi = RunFiles.num(m, "rating_upper");
        intervals &= Double.isFinite(lo) && Double.isFinite(hi);
        ratings.add(new Estimate(model, r, Double.isFinite(lo) ? lo : r, Double.isFinite(hi) ? hi : r));
      }
      JsonNode v = m.path("vs_baseline");
      double w = RunFiles.num(v, "win_rate");
      if (Double.isFinite(w)) {
        double lo = RunFiles.num(v.path("win_rate_interval"), "lower");
        double hi = RunFiles.num(v.path("win_rate_interval"), "upper");
        intervals &= Double.isFinite(lo) && Double.isFinite(hi);
        wins.add(new Estimate(model, w, Double.isFinite(lo) ? lo : w, Double.isFinite(hi) ? hi : w));
        double len = RunFiles.num(v, "avg_length");
        if (Double.isFinite(len)) {
          lengths.add(new Point(model, len, w));
        }
      }
    }
    String whiskers = intervals ? " Whiskers are " + level + " bootstrap intervals." : " The run had no bootstrap, so there are no intervals.";
    if (!wins.isEmpty()) {
      blocks.add(Charts.winRates("leaderboard-win-rates", "Win rate against " + baseline,
          "How often each model's answer was preferred to " + baseline + "'s (ties count half; 50% = as good)." + whiskers, wins));
    }
    if (!ratings.isEmpty()) {
      blocks.add(Charts.forest("leaderboard-ratings", "Bradley-Terry ratings",
          "Ratings from all pairs (mean 1000; 400 points = 10:1 odds)." + whiskers, "Rating", ratings));
    }
    if (lengths.size() >= 2) {
      blocks.add(Charts.scatter("leaderboard-length", "Answer length and win rate",
          "Longer answers often win with LLM judges; a model high and to the right may be rewarded for length.",
          "Mean answer length (characters)", "Win rate (%)", lengths));
    }
    JsonNode c = b.path("judge_consistency");
    if (c.isObject()) {
      double flip = RunFiles.num(c.path("flip_rate"), "rate");
      double bias = RunFiles.num(c, "position_bias_rate");
      long pairs = RunFiles.count(c, "pairs_both_orders", 0);
      blocks.add(new Callout(Double.isFinite(bias) && bias >= Caveats.POSITION_BIAS_THRESHOLD ? Callout.Level.WARNING : Callout.Level.INFO,
          "Judge consistency over " + Counted.of(pairs, "pairs") + " judged in both orders: flip rate " + pct(flip)
              + ", position bias " + pct(bias) + " (first position favoured " + RunFiles.count(c, "first_position", 0)
              + " times, second " + RunFiles.count(c, "second_position", 0) + ")."));
    }
    JsonNode h = b.path("human_agreement");
    if (h.isObject()) {
      blocks.add(new Callout(Callout.Level.INFO, humanSentence(h)));
      if (confusion != null && confusion.counts() != null) {
        List<String> rows = HumanConfusion.LABELS.stream().map(l -> "judge: " + l).toList();
        List<String> cols = HumanConfusion.LABELS.stream().map(l -> "human: " + l).toList();
        blocks.add(Charts.heatmap("leaderboard-human", "Judge against human labels",
            "Counts of judge verdict (rows) against human label (columns); agreement is the diagonal.", rows, cols, confusion.counts(), 0));
      }
    }
    long unjudged = RunFiles.count(b, "unjudged", 0);
    if (unjudged > 0) {
      blocks.add(new Callout(Callout.Level.WARNING, Percent.count(unjudged) + " of " + Counted.of(RunFiles.count(b, "rows", 0), "rows")
          + " had no verdict and were left out."));
    }
    if (wins.isEmpty() && ratings.size() <= 1) {
      blocks.add(Charts.bars("leaderboard-pairs", "Pairs per model", "Only one model was judged, so nothing is ranked.", "Pairs",
          List.of(new Bar(ratings.isEmpty() ? baseline : ratings.get(0).label(), RunFiles.count(b, "rows", 0)))));
    }
    blocks.add(table(b));
    String intro = Counted.of(b.path("models").size(), "models") + " from " + Counted.of(RunFiles.count(b, "judged", 0), "judged pairs")
        + "; baseline " + baseline + ".";
    return List.of(new Section("leaderboard", "Leaderboard", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode b, HumanConfusion confusion) {
    double confidence = RunFiles.num(b, "confidence");
    String baseline = b.path("baseline").asString("");
    List<Comparison> comparisons = new ArrayList<>();
    List<Rating> ratings = new ArrayList<>();
    for (JsonNode m : b.path("models")) {
      String model = m.path("model").asString();
      ratings.add(new Rating(model, RunFiles.num(m, "rating"), RunFiles.num(m, "rating_lower"), RunFiles.num(m, "rating_upper")));
      JsonNode v = m.path("vs_baseline");
      if (v.isObject()) {
        comparisons.add(WinRateFields.comparison(model, baseline, v, RunFiles.num(v.path("win_rate_interval"), "lower") / 100,
            RunFiles.num(v.path("win_rate_interval"), "upper") / 100, confidence, "prompts"));
      }
    }
    List<String> tested = List.of("We ranked " + Counted.of(ratings.size(), "models") + " from " + Counted.of(RunFiles.count(b, "judged", 0), "judged pairs")
        + " against the baseline " + baseline + ".");
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    JsonNode h = b.path("human_agreement");
    if (h.isObject()) {
      headlines.add(humanSentence(h));
    }
    JsonNode c = b.path("judge_consistency");
    if (c.isObject()) {
      Caveats.positionBias(RunFiles.num(c, "position_bias_rate"), RunFiles.count(c, "pairs_both_orders", 0)).ifPresent(caveats::add);
    }
    long unjudged = RunFiles.count(b, "unjudged", 0);
    if (unjudged > 0) {
      caveats.add(Percent.count(unjudged) + " of " + Counted.of(RunFiles.count(b, "rows", 0), "rows") + " had no verdict and were left out.");
    }
    ExecutiveSummary s = new ExecutiveSummary(tested, headlines, List.of(), caveats)
        .plus(WinRateSentences.of(comparisons))
        .plus(RatingSentences.of(ratings.stream().filter(r -> Double.isFinite(r.rating())).toList(), confidence));
    if (confusion != null && confusion.judges().contains("reward-model")) {
      JsonNode test = RewardModelFacts.testMetrics(confusion.rewardModel());
      s = s.plus(new ExecutiveSummary(List.of(), List.of(), List.of(), List.of(Caveats.rewardModelJudge(RunFiles.num(test, "accuracy"),
          test == null ? Double.NaN : test.path("accuracy_wilson_95").path(0).asDouble(Double.NaN),
          test == null ? Double.NaN : test.path("accuracy_wilson_95").path(1).asDouble(Double.NaN), RunFiles.count(test, "n", 0)))));
    }
    return s;
  }

  private static String humanSentence(JsonNode h) {
    double kappa = RunFiles.num(h.path("cohen_kappa"), "value");
    return "The judge agrees with the human labels on " + pct(RunFiles.num(h, "agreement")) + " of "
        + Counted.of(RunFiles.count(h, "items", 0), "items") + " (" + "95% CI "
        + Percent.interval(RunFiles.num(h.path("agreement_interval"), "lower"), RunFiles.num(h.path("agreement_interval"), "upper"), 0.5)
        + "; Cohen's kappa " + (Double.isFinite(kappa) ? String.format(Locale.ROOT, "%.2f", kappa) : "n/a") + ", where 0 is chance agreement).";
  }

  private static String pct(double share) {
    return Double.isFinite(share) ? Percent.of(share) : "n/a";
  }

  private static Table table(JsonNode b) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode m : b.path("models")) {
      JsonNode v = m.path("vs_baseline");
      List<Object> row = new ArrayList<>();
      row.add(m.path("rank").isNumber() ? m.path("rank").asLong() : null);
      row.add(m.path("model").asString());
      row.add(boxed(RunFiles.num(m, "rating")));
      row.add(boxed(RunFiles.num(m, "rating_lower")));
      row.add(boxed(RunFiles.num(m, "rating_upper")));
      row.add(boxed(RunFiles.num(v, "win_rate")));
      row.add(boxed(RunFiles.num(v.path("win_rate_interval"), "lower")));
      row.add(boxed(RunFiles.num(v.path("win_rate_interval"), "upper")));
      row.add(boxed(RunFiles.num(v, "length_controlled_winrate")));
      row.add(RunFiles.count(m, "pairs", 0));
      rows.add(row);
    }
    return new Table("leaderboard", "The leaderboard (win rates in %, ties half; empty for the baseline)",
        List.of(Column.number("rank", "Rank", "", 0), Column.text("model", "Model"), Column.number("rating", "Rating", "", 0),
            Column.number("rating_lower", "Rating low", "", 0), Column.number("rating_upper", "Rating high", "", 0),
            Column.number("win_rate", "Win rate", "%", 1), Column.number("win_rate_lower", "Low", "%", 1),
            Column.number("win_rate_upper", "High", "%", 1), Column.number("lc_win_rate", "LC win rate", "%", 1),
            Column.number("pairs", "Pairs", "", 0)),
        rows);
  }

  private static Double boxed(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
