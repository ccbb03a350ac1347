package dev.assay.report.source;

import dev.assay.report.chart.Bin;
import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Percent;
import dev.assay.report.summary.RewardAccuracy;
import dev.assay.report.summary.RewardSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay reward eval} runs (made with {@code --report}, which keeps the printed JSON as
 * {@value #FILE} beside a manifest): accuracy against the "longer answer wins" and random
 * baselines, the reliability diagram, and accuracy per source.
 *
 * <pre>{@code
 * List<Section> s = new RewardEvalSource().contribution(Path.of("out/reward-eval"), manifest).sections();
 * }</pre>
 */
public final class RewardEvalSource implements ReportSource {
  /** The evaluation's JSON (exactly what the command prints) inside the run directory. */
  public static final String FILE = "reward-eval.json";

  @Override
  public List<String> commands() {
    return List.of("reward eval");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode e = RunFiles.contractTree(runDir, dev.assay.core.run.RunFileKind.REWARD_METRICS);
    return new Contribution(sections(e), RewardSentences.of(accuracy(e)));
  }

  /** The section of one evaluation's JSON (also the test block of a training run's metrics). */
  List<Section> sections(JsonNode e) {
    RewardAccuracy a = accuracy(e);
    List<Block> blocks = new ArrayList<>();
    List<Estimate> rows = new ArrayList<>();
    rows.add(new Estimate("reward model " + a.model(), 100 * a.accuracy(), 100 * a.lower(), 100 * a.upper()));
    double longer = RunFiles.num(e.path("baselines"), "longer_wins");
    if (Double.isFinite(longer)) {
      rows.add(new Estimate("longer answer wins", 100 * longer, 100 * longer, 100 * longer));
    }
    rows.add(new Estimate("random", 50, 50, 50));
    if (a.n() > 0 && Double.isFinite(a.accuracy())) {
      blocks.add(Charts.winRates("reward-accuracy", "Accuracy against baselines",
          "Share of pairs where the preferred answer got the higher reward; the whisker is the 95% Wilson interval"
              + " (the baselines are shown without one).", "Accuracy (%)", rows));
    }
    List<Bin> bins = new ArrayList<>();
    for (JsonNode bin : e.path("reliability")) {
      long count = RunFiles.count(bin, "count", 0);
      if (count > 0) {
        bins.add(new Bin(RunFiles.num(bin, "mean_p"), RunFiles.num(bin, "observed"), count));
      }
    }
    if (!bins.isEmpty()) {
      blocks.add(Charts.reliability("reward-reliability", "Reliability diagram",
          "When the model gives the first answer a probability p of being preferred, how often it is: points on the diagonal"
              + " are calibrated (expected calibration error " + String.format(java.util.Locale.ROOT, "%.3f", a.ece()) + ").", bins));
    }
    JsonNode flip = e.path("flip_rate");
    if (flip.isObject()) {
      blocks.add(new Callout(Callout.Level.INFO, "Against " + flip.path("against").asString("the other model")
          + ", the two reward models order " + Percent.of(RunFiles.num(flip, "rate")) + " of the pairs differently."));
    }
    blocks.add(sourceTable(e));
    String intro = "Preference pairs: " + Percent.count(a.n()) + " decided, " + RunFiles.count(e, "ties_skipped", 0)
        + " ties skipped; " + a.nLengthMatched() + " pairs have answers within 10% in length.";
    return List.of(new Section("reward-eval", "Reward model evaluation (reward eval)", intro, blocks));
  }

  static RewardAccuracy accuracy(JsonNode e) {
    return new RewardAccuracy(e.path("model").asString("?"), RunFiles.count(e, "n", 0), RunFiles.num(e, "accuracy"),
        e.path("accuracy_wilson_95").path(0).asDouble(Double.NaN), e.path("accuracy_wilson_95").path(1).asDouble(Double.NaN),
        RunFiles.num(e.path("baselines"), "longer_wins"), RunFiles.count(e, "n_length_matched", 0),
        RunFiles.num(e, "accuracy_length_matched"), RunFiles.num(e, "ece"));
  }

  private static Table sourceTable(JsonNode e) {
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> s : e.path("by_source").properties()) {
      JsonNode v = s.getValue();
      List<Object> row = new ArrayList<>();
      row.add(s.getKey());
      row.add(RunFiles.count(v, "n", 0));
      row.add(percent(RunFiles.num(v, "accuracy")));
      row.add(percent(v.path("accuracy_wilson_95").path(0).asDouble(Double.NaN)));
      row.add(percent(v.path("accuracy_wilson_95").path(1).asDouble(Double.NaN)));
      row.add(percent(RunFiles.num(v, "longer_wins")));
      row.add(RunFiles.count(v, "n_length_matched", 0));
      row.add(percent(RunFiles.num(v, "accuracy_length_matched")));
      rows.add(row);
    }
    return new Table("reward_by_source", "Accuracy per source (95% Wilson interval)",
        List.of(Column.text("source", "Source"), Column.number("n", "Pairs", "", 0), Column.number("accuracy", "Accuracy", "%", 1),
            Column.number("lower", "Low", "%", 1), Column.number("upper", "High", "%", 1), Column.number("longer_wins", "Longer wins", "%", 1),
            Column.number("n_length_matched", "Length-matched pairs", "", 0),
            Column.number("accuracy_length_matched", "Length-matched accuracy", "%", 1)),
        rows);
  }

  private static Double percent(double share) {
    return Double.isFinite(share) ? 100 * share : null;
  }
}
