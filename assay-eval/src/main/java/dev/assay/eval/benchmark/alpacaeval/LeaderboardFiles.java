package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.core.io.CsvWriter;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.stats.rating.GlmWeights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a reproduced AlpacaEval leaderboard as {@code leaderboard.json} (settings, rows and, when
 * the published leaderboard was given, the comparison) and {@code leaderboard.csv} (the rows, with
 * AlpacaEval's column names first). Missing numbers ({@code NaN}) are written as null / empty.
 *
 * <pre>{@code
 * LeaderboardFiles.write(result, comparison, Path.of("out"));   // comparison may be null
 * }</pre>
 */
public final class LeaderboardFiles {
  /** The CSV's columns. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "model", "win_rate", "standard_error", "n_wins", "n_wins_base", "n_draws", "n_total",
          "discrete_win_rate", "avg_length", "length_controlled_winrate", "lc_standard_error",
          "lc_method", "lc_published", "lc_published_standard_error", "lc_fitted",
          "lc_fitted_standard_error", "lc_glm", "lc_c", "lc_weight_length", "lc_weight_difficulty",
          "lc_weight_model", "annotations", "dropped");

  private LeaderboardFiles() {}

  /** Writes both files into {@code dir}. */
  public static void write(AlpacaEvalResult result, LeaderboardComparison comparison, Path dir) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "alpaca_eval");
    json.put("instructions", result.instructions());
    json.put("difficulty_source", result.difficultySource());
    json.put("difficulty_c", number(result.difficultyC()));
    json.put("difficulty_models", result.difficultyModels());
    List<Map<String, Object>> rows = new ArrayList<>();
    result.entries().forEach(e -> rows.add(row(e)));
    json.put("leaderboard", rows);
    if (comparison != null) {
      json.put("comparison", comparison(comparison));
    }
    ManifestWriter.writeJson(json, dir.resolve("leaderboard.json"));
    try (CsvWriter csv = new CsvWriter(dir.resolve("leaderboard.csv"), CSV_COLUMNS)) {
      for (Map<String, Object> r : rows) {
        csv.write(Json.MAPPER.valueToTree(r));
      }
    }
  }

  /** One entry as a row keyed by {@link #CSV_COLUMNS}. */
  public static Map<String, Object> row(LeaderboardEntry e) {
    Map<String, Object> r = new LinkedHashMap<>();
    var w = e.winRate();
    r.put("model", e.model());
    r.put("win_rate", number(w.winRate()));
    r.put("standard_error", number(w.standardError()));
    r.put("n_wins", w.nWins());
    r.put("n_wins_base", w.nWinsBase());
    r.put("n_draws", w.nDraws());
    r.put("n_total", w.nTotal());
    r.put("discrete_win_rate", number(w.discreteWinRate()));
    r.put("avg_length", e.avgLength());
    r.put("length_controlled_winrate", number(e.lengthControlledWinRate()));
    r.put("lc_standard_error", number(e.lcStandardError()));
    r.put("lc_method", e.lcMethod());
    r.put("lc_published", number(e.lcPublished()));
    r.put("lc_published_standard_error", number(e.lcPublishedStandardError()));
    r.put("lc_fitted", number(e.lcFitted()));
    r.put("lc_fitted_standard_error", number(e.lcFittedStandardError()));
    r.put("lc_glm", e.lcGlm());
    r.put("lc_c", number(e.fittedC()));
    GlmWeights g = e.fittedWeights();
    r.put("lc_weight_length", g == null ? null : g.length());
    r.put("lc_weight_difficulty", g == null ? null : g.difficulty());
    r.put("lc_weight_model", g == null ? null : g.model());
    r.put("annotations", e.annotations());
    r.put("dropped", e.dropped());
    return r;
  }

  private static Map<String, Object> comparison(LeaderboardComparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("compared", c.compared());
    m.put("unpublished", c.unpublished());
    Map<String, Object> max = new LinkedHashMap<>();
    for (String col : LeaderboardComparison.COLUMNS) {
      if (c.maxAbsDifference().containsKey(col)) {
        max.put(col, Map.of("max_abs_difference", c.maxAbsDifference().get(col), "model", c.worstModel().get(col)));
      }
    }
    m.put("columns", max);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LeaderboardComparison.Deviation d : c.deviations()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("model", d.model());
      r.put("column", d.column());
      r.put("ours", d.ours());
      r.put("published", d.published());
      r.put("difference", d.difference());
      rows.add(r);
    }
    m.put("deviations", rows);
    return m;
  }

  private static Double number(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
