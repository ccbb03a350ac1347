package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Caveats;
import dev.assay.report.summary.Comparison;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.JudgeSentences;
import dev.assay.report.summary.JudgeTally;
import dev.assay.report.summary.Percent;
import dev.assay.report.summary.ScoreSentences;
import dev.assay.report.summary.WinRateSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay judge} runs: how the verdicts fell (winner distribution), per model pair when the
 * rows name their models, failed, unreadable and quarantined rows as callouts, and the judge's
 * position bias when pairs were judged in both orders; grading runs show their score
 * distributions. Reads {@code manifest.json} and {@code judgments.jsonl}.
 *
 * <pre>{@code
 * List<Section> s = new JudgeSource().contribution(Path.of("out/judge"), manifest).sections();
 * }</pre>
 */
public final class JudgeSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("judge");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JudgeLog log = JudgeLog.read(runDir, manifest);
    return new Contribution(sections(log), summary(log));
  }

  private static List<Section> sections(JudgeLog log) {
    List<Block> blocks = new ArrayList<>();
    JudgeTally t = log.tally();
    if (log.pairwise()) {
      Map<String, String> names = Map.of("a", "Output A", "b", "Output B", "tie", "Tie", "none", "No verdict");
      long judgments = log.winners().values().stream().mapToLong(Long::longValue).sum();
      Map<String, Long> byModel = log.preferredByModel();
      if (byModel.isEmpty()) {
        List<Bar> bars = new ArrayList<>();
        log.winners().forEach((w, n) -> bars.add(new Bar(names.get(w), n)));
        blocks.add(Charts.bars("judge-winners", "Verdicts", "How the " + Counted.of(judgments, "judged pairs")
            + " were decided (the rows name no models: output A is the output_a field).", "Pairs", bars));
      } else {
        List<Bar> bars = new ArrayList<>();
        byModel.forEach((m, n) -> bars.add(new Bar(m.equals(JudgeLog.TIE) ? "Tie" : "Preferred " + m, n)));
        bars.add(new Bar("No verdict", log.winners().get("none")));
        blocks.add(Charts.bars("judge-winners", "Verdicts", "Which model's answer the judge preferred, over "
            + Counted.of(judgments, "judged pairs") + " (whichever position it was shown in).", "Pairs", bars));
        List<List<Object>> rows = new ArrayList<>();
        log.winners().forEach((w, n) -> rows.add(List.of(names.get(w), n)));
        blocks.add(new Table("judge_positions", "Verdicts by input field (output_a, output_b): a position bias shows here when one"
            + " model is not always in the same field", List.of(Column.text("verdict", "Verdict"), Column.number("pairs", "Pairs", "", 0)),
            rows));
      }
      if (!log.byModels().isEmpty()) {
        blocks.add(modelTable(log));
      }
      double bias = t.positionBiasRate();
      if (Double.isFinite(bias)) {
        blocks.add(new Callout(bias >= Caveats.POSITION_BIAS_THRESHOLD ? Callout.Level.WARNING : Callout.Level.INFO,
            "Position bias: the verdict changed when the answers were swapped on " + t.inconsistent() + " of " + t.bothOrders()
                + " pairs judged in both orders (" + Percent.of(bias) + "); those pairs count as ties."));
      }
    } else if (!log.scores().isEmpty()) {
      Map<String, double[]> samples = new LinkedHashMap<>();
      log.scores().forEach((m, s) -> samples.put(m, s.stream().mapToDouble(Double::doubleValue).toArray()));
      blocks.add(Charts.distributions("judge-scores", "Scores", "The spread of the judge's scores per model.", samples));
    }
    for (String problem : Caveats.judgeProblems(t.rows(), t.failed(), t.unparseable(), t.quarantined())) {
      blocks.add(new Callout(Callout.Level.WARNING, problem));
    }
    blocks.addAll(log.examples());
    blocks.add(statusTable(log));
    String intro = "The " + log.judge() + " judge on " + Percent.count(log.rows()) + " rows"
        + (log.pairwise() ? "; an inconsistent pair (the verdict changed with the order) counts as a tie." : ".");
    return List.of(new Section("judge", "Judgments (judge)", intro, blocks));
  }

  private static ExecutiveSummary summary(JudgeLog log) {
    ExecutiveSummary s = JudgeSentences.of(log.tally(), log.preferredByModel());
    if (!log.pairwise()) {
      s = new ExecutiveSummary(List.of("We graded " + Percent.count(log.rows()) + " answers with the " + log.judge() + " judge."),
          List.of(), List.of(), s.caveats().stream().filter(c -> !c.startsWith("No pair")).toList())
          .plus(ScoreSentences.of(log.meanScores(), Double.NaN));
    }
    s = s.plus(WinRateSentences.of(log.comparisons()));
    if (log.judge().equals("reward-model")) {
      JsonNode test = RewardModelFacts.testMetrics(log.rewardModel());
      s = s.plus(new ExecutiveSummary(List.of(), List.of(), List.of(), List.of(Caveats.rewardModelJudge(
          RunFiles.num(test, "accuracy"), test == null ? Double.NaN : test.path("accuracy_wilson_95").path(0).asDouble(Double.NaN),
          test == null ? Double.NaN : test.path("accuracy_wilson_95").path(1).asDouble(Double.NaN), RunFiles.count(test, "n", 0)))));
    }
    return s;
  }

  private static Table modelTable(JudgeLog log) {
    List<List<Object>> rows = new ArrayList<>();
    for (Comparison c : log.comparisons()) {
      long[] t = log.byModels().get(List.of(c.model(), c.opponent()));
      rows.add(new ArrayList<>(List.of(c.model(), c.opponent(), t[0], t[1], t[2], 100 * c.winShare(),
          c.hasInterval() ? 100 * c.lower() : Double.NaN, c.hasInterval() ? 100 * c.upper() : Double.NaN)));
    }
    rows.forEach(r -> r.replaceAll(v -> v instanceof Double d && d.isNaN() ? null : v));
    return new Table("judge_by_models", "Verdicts per pair of models, whichever was shown first (share of decisive prompts won by the"
            + " first model, 95% Wilson interval)",
        List.of(Column.text("model_a", "Model"), Column.text("model_b", "Against"), Column.number("wins_a", "Wins", "", 0),
            Column.number("losses", "Losses", "", 0), Column.number("ties", "Ties", "", 0), Column.number("share_a", "Share won", "%", 1),
            Column.number("lower", "Lower", "%", 1), Column.number("upper", "Upper", "%", 1)),
        rows);
  }

  private static Table statusTable(JudgeLog log) {
    List<List<Object>> rows = new ArrayList<>();
    log.statuses().forEach((s, n) -> rows.add(List.of("status", s, n)));
    log.outcomes().forEach((o, n) -> rows.add(List.of("order outcome", o, n)));
    rows.add(List.of("run", "failed (model call)", log.failed()));
    rows.add(List.of("run", "quarantined (unusable row)", log.quarantined()));
    return new Table("judge_statuses", "How each judgment was obtained",
        List.of(Column.text("kind", "Kind"), Column.text("value", "Value"), Column.number("count", "Rows", "", 0)), rows);
  }
}
