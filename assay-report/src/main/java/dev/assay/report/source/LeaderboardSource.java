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
import dev.assay.core.run.LeaderboardFile;
import dev.assay.core.run.RunFileKind;
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
    LeaderboardFile b = RunFiles.document(runDir, RunFileKind.LEADERBOARD, LeaderboardFile.class);
    HumanConfusion confusion = HumanConfusion.read(runDir, manifest);
    return new Contribution(sections(b, confusion), summary(b, confusion));
  }

  private static List<Section> sections(LeaderboardFile b, HumanConfusion confusion) {
    String baseline = b.baseline() == null ? "" : b.baseline();
    String level = Percent.level(b.confidence());
    List<Block> blocks = new ArrayList<>();
    List<Estimate> wins = new ArrayList<>();
    List<Estimate> ratings = new ArrayList<>();
    List<Point> lengths = new ArrayList<>();
    boolean intervals = true;
    for (LeaderboardFile.ModelEntry m : b.models()) {
      String model = m.model();
      double r = num(m.rating());
      if (Double.isFinite(r)) {
        double lo = num(m.ratingLower());
        double hi = num(m.ratingUpper());
        intervals &= Double.isFinite(lo) && Double.isFinite(hi);
        ratings.add(new Estimate(model, r, Double.isFinite(lo) ? lo : r, Double.isFinite(hi) ? hi : r));
      }
      LeaderboardFile.VsBaseline v = m.vsBaseline();
      double w = v == null ? Double.NaN : num(v.winRate());
      if (Double.isFinite(w)) {
        double lo = num(v.winRateInterval().lower());
        double hi = num(v.winRateInterval().upper());
        intervals &= Double.isFinite(lo) && Double.isFinite(hi);
        wins.add(new Estimate(model, w, Double.isFinite(lo) ? lo : w, Double.isFinite(hi) ? hi : w));
        if (v.avgLength() != null) {
          lengths.add(new Point(model, v.avgLength(), w));
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
    LeaderboardFile.Consistency c = b.judgeConsistency();
    if (c != null) {
      double bias = num(c.positionBiasRate());
      blocks.add(new Callout(Double.isFinite(bias) && bias >= Caveats.POSITION_BIAS_THRESHOLD ? Callout.Level.WARNING : Callout.Level.INFO,
          "Judge consistency over " + Counted.of(c.pairsBothOrders(), "pairs") + " judged in both orders: flip rate "
              + pct(num(c.flipRate().rate())) + ", position bias " + pct(bias) + " (first position favoured " + c.firstPosition()
              + " times, second " + c.secondPosition() + ")."));
    }
    LeaderboardFile.HumanAgreement h = b.humanAgreement();
    if (h != null) {
      blocks.add(new Callout(Callout.Level.INFO, humanSentence(h)));
      if (confusion != null && confusion.counts() != null) {
        List<String> rows = HumanConfusion.LABELS.stream().map(l -> "judge: " + l).toList();
        List<String> cols = HumanConfusion.LABELS.stream().map(l -> "human: " + l).toList();
        blocks.add(Charts.heatmap("leaderboard-human", "Judge against human labels",
            "Counts of judge verdict (rows) against human label (columns); agreement is the diagonal.", rows, cols, confusion.counts(), 0));
      }
    }
    if (b.unjudged() > 0) {
      blocks.add(new Callout(Callout.Level.WARNING, Percent.count(b.unjudged()) + " of " + Counted.of(b.rows(), "rows")
          + " had no verdict and were left out."));
    }
    if (wins.isEmpty() && ratings.size() <= 1) {
      blocks.add(Charts.bars("leaderboard-pairs", "Pairs per model", "Only one model was judged, so nothing is ranked.", "Pairs",
          List.of(new Bar(ratings.isEmpty() ? baseline : ratings.get(0).label(), b.rows()))));
    }
    blocks.add(table(b));
    String intro = Counted.of(b.models().size(), "models") + " from " + Counted.of(b.judged(), "judged pairs")
        + "; baseline " + baseline + ".";
    return List.of(new Section("leaderboard", "Leaderboard", intro, blocks));
  }

  private static ExecutiveSummary summary(LeaderboardFile b, HumanConfusion confusion) {
    double confidence = b.confidence();
    String baseline = b.baseline() == null ? "" : b.baseline();
    List<Comparison> comparisons = new ArrayList<>();
    List<Rating> ratings = new ArrayList<>();
    for (LeaderboardFile.ModelEntry m : b.models()) {
      ratings.add(new Rating(m.model(), num(m.rating()), num(m.ratingLower()), num(m.ratingUpper())));
      LeaderboardFile.VsBaseline v = m.vsBaseline();
      if (v != null) {
        comparisons.add(WinRateFields.comparison(m.model(), baseline, v, num(v.winRateInterval().lower()) / 100,
            num(v.winRateInterval().upper()) / 100, confidence, "prompts"));
      }
    }
    List<String> tested = List.of("We ranked " + Counted.of(ratings.size(), "models") + " from " + Counted.of(b.judged(), "judged pairs")
        + " against the baseline " + baseline + ".");
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (b.humanAgreement() != null) {
      headlines.add(humanSentence(b.humanAgreement()));
    }
    LeaderboardFile.Consistency c = b.judgeConsistency();
    if (c != null) {
      Caveats.positionBias(num(c.positionBiasRate()), c.pairsBothOrders()).ifPresent(caveats::add);
    }
    if (b.unjudged() > 0) {
      caveats.add(Percent.count(b.unjudged()) + " of " + Counted.of(b.rows(), "rows") + " had no verdict and were left out.");
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

  private static String humanSentence(LeaderboardFile.HumanAgreement h) {
    double kappa = h.cohenKappa() == null ? Double.NaN : num(h.cohenKappa().value());
    return "The judge agrees with the human labels on " + pct(num(h.agreement())) + " of "
        + Counted.of(h.items(), "items") + " (" + "95% CI "
        + Percent.interval(num(h.agreementInterval().lower()), num(h.agreementInterval().upper()), 0.5)
        + "; Cohen's kappa " + (Double.isFinite(kappa) ? String.format(Locale.ROOT, "%.2f", kappa) : "n/a") + ", where 0 is chance agreement).";
  }

  private static String pct(double share) {
    return Double.isFinite(share) ? Percent.of(share) : "n/a";
  }

  private static Table table(LeaderboardFile b) {
    List<List<Object>> rows = new ArrayList<>();
    for (LeaderboardFile.ModelEntry m : b.models()) {
      LeaderboardFile.VsBaseline v = m.vsBaseline();
      List<Object> row = new ArrayList<>();
      row.add(m.rank() == null ? null : m.rank().longValue());
      row.add(m.model());
      row.add(m.rating());
      row.add(m.ratingLower());
      row.add(m.ratingUpper());
      row.add(v == null ? null : v.winRate());
      row.add(v == null ? null : v.winRateInterval().lower());
      row.add(v == null ? null : v.winRateInterval().upper());
      row.add(v == null ? null : v.lengthControlledWinrate());
      row.add(m.pairs());
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

  /** A nullable contract number as a double (NaN for null). */
  private static double num(Double v) {
    return v == null ? Double.NaN : v;
  }
}
