package dev.assay.report.source;

import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.chart.Point;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Comparison;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.WinRateSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay eval alpacaeval} runs: win rate and length-controlled win rate against the
 * annotations' baseline with 95% intervals (win rate ± 1.96 standard errors, the errors the run
 * computed), mean answer length against win rate, and the comparison with a published
 * leaderboard when the run made one. Reads {@code leaderboard.json}.
 *
 * <pre>{@code
 * List<Section> s = new AlpacaEvalSource().contribution(Path.of("out/alpacaeval"), manifest).sections();
 * }</pre>
 */
public final class AlpacaEvalSource implements ReportSource {
  private static final double Z = 1.959963984540054;
  private static final String BASELINE = "the baseline";

  @Override
  public List<String> commands() {
    return List.of("eval alpacaeval");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode b = RunFiles.json(runDir, "leaderboard.json");
    return new Contribution(sections(b), summary(b));
  }

  private static List<Section> sections(JsonNode b) {
    List<Block> blocks = new ArrayList<>();
    List<Estimate> wins = new ArrayList<>();
    List<Estimate> lc = new ArrayList<>();
    List<Point> lengths = new ArrayList<>();
    for (JsonNode m : b.path("leaderboard")) {
      String model = m.path("model").asString();
      estimate(model, RunFiles.num(m, "win_rate"), RunFiles.num(m, "standard_error"), wins);
      estimate(model, RunFiles.num(m, "length_controlled_winrate"), RunFiles.num(m, "lc_standard_error"), lc);
      double len = RunFiles.num(m, "avg_length");
      if (Double.isFinite(len) && Double.isFinite(RunFiles.num(m, "win_rate"))) {
        lengths.add(new Point(model, len, RunFiles.num(m, "win_rate")));
      }
    }
    if (!wins.isEmpty()) {
      blocks.add(Charts.winRates("alpacaeval-win-rates", "AlpacaEval win rate",
          "Preference-weighted win rate against the baseline's answers; whiskers are ±1.96 standard errors.", wins));
    }
    if (!lc.isEmpty()) {
      blocks.add(Charts.winRates("alpacaeval-lc", "Length-controlled win rate",
          "The win rate a model would have if its answers were as long as the baseline's (AlpacaEval 2.0's GLM).", lc));
    }
    if (lengths.size() >= 2) {
      blocks.add(Charts.scatter("alpacaeval-length", "Answer length and win rate",
          "The judge favours longer answers; compare with the length-controlled chart.", "Mean answer length (characters)",
          "Win rate (%)", lengths));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode m : b.path("leaderboard")) {
      List<Object> row = new ArrayList<>();
      row.add(m.path("model").asString());
      for (String f : List.of("win_rate", "standard_error", "length_controlled_winrate", "discrete_win_rate", "avg_length")) {
        double v = RunFiles.num(m, f);
        row.add(Double.isFinite(v) ? v : null);
      }
      row.add(RunFiles.count(m, "n_total", 0));
      rows.add(row);
    }
    blocks.add(new Table("alpacaeval_leaderboard", "Leaderboard (percent)",
        List.of(Column.text("model", "Model"), Column.number("win_rate", "Win rate", "%", 1), Column.number("standard_error", "SE", "", 2),
            Column.number("lc_win_rate", "LC win rate", "%", 1), Column.number("discrete_win_rate", "Discrete", "%", 1),
            Column.number("avg_length", "Mean length", "", 0), Column.number("n_total", "Annotations", "", 0)),
        rows));
    JsonNode cmp = b.path("comparison").path("columns");
    if (cmp.isObject()) {
      List<List<Object>> diffs = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : cmp.properties()) {
        double d = RunFiles.num(e.getValue(), "max_abs_difference");
        diffs.add(new ArrayList<>(java.util.Arrays.asList(e.getKey(), Double.isFinite(d) ? d : null, e.getValue().path("model").asString(""))));
      }
      blocks.add(new Table("alpacaeval_vs_published", "Largest difference from the published leaderboard per column",
          List.of(Column.text("column", "Column"), Column.number("max_abs_difference", "Max |ours - published|", "", 2),
              Column.text("model", "Model")),
          diffs));
    }
    String intro = Counted.of(b.path("leaderboard").size(), "models") + " on " + Counted.of(RunFiles.count(b, "instructions", 0), "instructions")
        + "; win rates in percent against the annotations' baseline.";
    return List.of(new Section("alpacaeval", "AlpacaEval (eval alpacaeval)", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode b) {
    List<Comparison> comparisons = new ArrayList<>();
    for (JsonNode m : b.path("leaderboard")) {
      double w = RunFiles.num(m, "win_rate") / 100;
      double se = RunFiles.num(m, "standard_error") / 100;
      comparisons.add(WinRateFields.comparison(m.path("model").asString(), BASELINE, m, w - Z * se, w + Z * se, 0.95, "instructions"));
    }
    for (JsonNode m : b.path("leaderboard")) {
      double lc = RunFiles.num(m, "length_controlled_winrate") / 100;
      double se = RunFiles.num(m, "lc_standard_error") / 100;
      if (Double.isFinite(lc)) {
        comparisons.add(new Comparison(m.path("model").asString(), BASELINE, "length-controlled win rate", lc,
            Double.isFinite(se) ? lc - Z * se : Double.NaN, Double.isFinite(se) ? lc + Z * se : Double.NaN,
            RunFiles.count(m, "n_total", 0), 0, 0.95, "instructions", null));
      }
    }
    List<String> tested = List.of("We computed AlpacaEval win rates of " + Counted.of(b.path("leaderboard").size(), "models") + " on "
        + Counted.of(RunFiles.count(b, "instructions", 0), "instructions") + " from the judge's annotations.");
    return new ExecutiveSummary(tested, List.of(), List.of(), List.of()).plus(WinRateSentences.of(comparisons));
  }

  private static void estimate(String model, double value, double se, List<Estimate> out) {
    if (Double.isFinite(value)) {
      double half = Double.isFinite(se) ? Z * se : 0;
      out.add(new Estimate(model, value, value - half, value + half));
    }
  }
}
