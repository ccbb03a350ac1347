package dev.assay.report.source;

import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.MeanScore;
import dev.assay.report.summary.ScoreSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay eval mtbench} runs: mean score per model with its 95% interval, a radar of the
 * models across the eight categories, and the pairwise records when the run had pairwise
 * judgments. Reads {@code scores.json}.
 *
 * <pre>{@code
 * List<Section> s = new MtBenchSource().contribution(Path.of("out/mtbench"), manifest).sections();
 * }</pre>
 */
public final class MtBenchSource implements ReportSource {
  private static final double Z = 1.959963984540054;

  @Override
  public List<String> commands() {
    return List.of("eval mtbench");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode s = RunFiles.json(runDir, "scores.json");
    return new Contribution(sections(s), summary(s));
  }

  private static List<Section> sections(JsonNode s) {
    List<String> categories = new ArrayList<>();
    s.path("categories").forEach(c -> categories.add(c.asString()));
    List<Block> blocks = new ArrayList<>();
    List<Estimate> means = new ArrayList<>();
    Map<String, double[]> radar = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    for (MeanScore m : singles(s)) {
      double half = Double.isFinite(m.standardError()) ? Z * m.standardError() : 0;
      means.add(new Estimate(m.model(), m.mean(), m.mean() - half, m.mean() + half));
    }
    for (JsonNode m : s.path("single")) {
      double[] values = new double[categories.size()];
      boolean complete = true;
      for (int i = 0; i < categories.size(); i++) {
        values[i] = RunFiles.num(m.path("by_category"), categories.get(i));
        complete &= Double.isFinite(values[i]);
      }
      if (complete && !categories.isEmpty()) {
        radar.put(m.path("model").asString(), values);
      }
      rows.add(new ArrayList<>(List.of(m.path("model").asString(), RunFiles.num(m, "score"), RunFiles.num(m.path("by_turn"), "1"),
          RunFiles.num(m.path("by_turn"), "2"), RunFiles.count(m, "graded", 0), RunFiles.count(m, "ungraded", 0), RunFiles.count(m, "missing", 0))));
    }
    if (!means.isEmpty()) {
      blocks.add(Charts.forest("mtbench-scores", "MT-Bench score", "Mean grade (1-10) per model with its 95% interval.", "Score", means));
    }
    if (!radar.isEmpty()) {
      blocks.add(Charts.radar("mtbench-categories", "Scores by category",
          "Mean grade per category; a model strong on writing can still fail at math.", categories, radar, 10));
    }
    if (!rows.isEmpty()) {
      rows.forEach(r -> r.replaceAll(v -> v instanceof Double d && d.isNaN() ? null : v));
      blocks.add(new Table("mtbench_single", "Single-grade scores",
          List.of(Column.text("model", "Model"), Column.number("score", "Score", "", 2), Column.number("turn_1", "Turn 1", "", 2),
              Column.number("turn_2", "Turn 2", "", 2), Column.number("graded", "Graded", "", 0), Column.number("ungraded", "Ungraded", "", 0),
              Column.number("missing", "Missing", "", 0)),
          rows));
    }
    List<List<Object>> pairs = new ArrayList<>();
    for (JsonNode p : s.path("pairwise")) {
      JsonNode t = p.path("total").isObject() ? p.path("total") : p;
      pairs.add(new ArrayList<>(List.of(p.path("model").asString(), RunFiles.count(t, "win", 0), RunFiles.count(t, "loss", 0),
          RunFiles.count(t, "tie", 0), RunFiles.num(t, "win_rate_adjusted"))));
    }
    if (!pairs.isEmpty()) {
      pairs.forEach(r -> r.replaceAll(v -> v instanceof Double d && d.isNaN() ? null : v));
      blocks.add(new Table("mtbench_pairwise", "Pairwise records" + (s.path("baseline").isString() ? " against " + s.path("baseline").asString() : ""),
          List.of(Column.text("model", "Model"), Column.number("win", "Wins", "", 0), Column.number("loss", "Losses", "", 0),
              Column.number("tie", "Ties", "", 0), Column.number("win_rate_adjusted", "Win rate (ties half)")),
          pairs));
    }
    String intro = Counted.of(RunFiles.count(s, "questions", 0), "questions") + " in " + Counted.of(categories.size(), "categories") + ".";
    return List.of(new Section("mtbench", "MT-Bench (eval mtbench)", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode s) {
    List<MeanScore> singles = singles(s);
    List<String> tested = List.of("We scored " + Counted.of(singles.size() + s.path("pairwise").size(), "models") + " on "
        + Counted.of(RunFiles.count(s, "questions", 0), "MT-Bench questions") + ".");
    ExecutiveSummary out = new ExecutiveSummary(tested, List.of(), List.of(), List.of());
    if (!singles.isEmpty()) {
      out = out.plus(ScoreSentences.of(singles, 10));
    }
    long ungraded = 0;
    for (JsonNode m : s.path("single")) {
      ungraded += RunFiles.count(m, "ungraded", 0);
    }
    if (ungraded > 0) {
      out = out.plus(new ExecutiveSummary(List.of(), List.of(), List.of(),
          List.of(Counted.of(ungraded, "answers") + " had no usable grade and are not in the means.")));
    }
    return out;
  }

  private static List<MeanScore> singles(JsonNode s) {
    List<MeanScore> out = new ArrayList<>();
    for (JsonNode m : s.path("single")) {
      double mean = RunFiles.num(m, "score");
      if (Double.isFinite(mean)) {
        out.add(new MeanScore(m.path("model").asString(), mean, RunFiles.num(m, "standard_error"), RunFiles.count(m, "graded", 0)));
      }
    }
    return out;
  }
}
