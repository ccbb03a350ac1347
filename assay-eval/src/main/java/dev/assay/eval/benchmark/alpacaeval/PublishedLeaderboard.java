package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.stats.rating.GlmWeights;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * AlpacaEval's published files, read for comparison and for the length-controlled win rate from
 * published weights: the leaderboard CSV ({@code leaderboards/data_AlpacaEval_2/<annotator>_leaderboard.csv},
 * first column the model name) and the GLM weights CSV ({@code metrics/weights/<annotator>/length_controlled_v1/baseline_<baseline>.csv}).
 *
 * <pre>{@code
 * Map<String, PublishedLeaderboard.Row> board = PublishedLeaderboard.read(csv);
 * Map<String, GlmWeights> weights = PublishedLeaderboard.readWeights(weightsCsv);
 * board.get("phi-2").winRate();
 * }</pre>
 */
public final class PublishedLeaderboard {
  private PublishedLeaderboard() {}

  /**
   * One published row; {@code null} where the CSV cell is empty.
   *
   * @param model the model's name (first column)
   * @param winRate {@code win_rate}
   * @param standardError {@code standard_error}
   * @param nWins {@code n_wins}
   * @param nWinsBase {@code n_wins_base}
   * @param nDraws {@code n_draws}
   * @param nTotal {@code n_total}
   * @param discreteWinRate {@code discrete_win_rate}
   * @param avgLength {@code avg_length}
   * @param lengthControlledWinRate {@code length_controlled_winrate}
   * @param lcStandardError {@code lc_standard_error}
   * @param mode {@code mode} (verified, community, minimal, dev)
   * @param location {@code file:line}
   */
  public record Row(
      String model,
      Double winRate,
      Double standardError,
      Long nWins,
      Long nWinsBase,
      Long nDraws,
      Long nTotal,
      Double discreteWinRate,
      Long avgLength,
      Double lengthControlledWinRate,
      Double lcStandardError,
      String mode,
      String location) {}

  /** Reads the leaderboard CSV; a model listed twice keeps its first row, as pandas lookups do. */
  public static Map<String, Row> read(Path csv) {
    Map<String, Row> rows = new LinkedHashMap<>();
    forEach(
        csv,
        (name, v, where) ->
            rows.putIfAbsent(
                name,
                new Row(
                    name,
                    number(v, "win_rate", where),
                    number(v, "standard_error", where),
                    integer(v, "n_wins", where),
                    integer(v, "n_wins_base", where),
                    integer(v, "n_draws", where),
                    integer(v, "n_total", where),
                    number(v, "discrete_win_rate", where),
                    integer(v, "avg_length", where),
                    number(v, "length_controlled_winrate", where),
                    number(v, "lc_standard_error", where),
                    v.hasNonNull("mode") ? v.get("mode").asString() : null,
                    where)));
    return Collections.unmodifiableMap(rows);
  }

  /** Reads the GLM weights CSV (columns: length, difficulty and model term, in AlpacaEval's order). */
  public static Map<String, GlmWeights> readWeights(Path csv) {
    Map<String, GlmWeights> out = new LinkedHashMap<>();
    forEach(
        csv,
        (name, v, where) -> {
          double[] w = new double[3];
          for (int k = 0; k < 3; k++) {
            String col = GlmWeights.ALPACA_EVAL_COLUMNS.get(k);
            Double d = number(v, col, where);
            if (d == null) {
              throw new AssayInputException(where + ": " + col + ": expected a number, found no value");
            }
            w[k] = d;
          }
          out.putIfAbsent(name, new GlmWeights(w[0], w[1], w[2]));
        });
    return Collections.unmodifiableMap(out);
  }

  private interface RowAction {
    void accept(String model, JsonNode value, String where);
  }

  private static void forEach(Path csv, RowAction action) {
    long n = 0;
    try (DatasetReader in = Datasets.open(csv, "csv")) {
      for (InputRecord rec; (rec = in.next()) != null; ) {
        InputRecord r = rec;
        if (!r.parsed()) {
          throw new AssayInputException(r.error());
        }
        JsonNode v = r.value();
        String name =
            Optional.ofNullable(v.get("")).or(() -> Optional.ofNullable(v.get("model")))
                .or(() -> Optional.ofNullable(v.get("name")))
                .map(JsonNode::asString)
                .orElseThrow(
                    () ->
                        new AssayInputException(
                            r.location() + ": expected the model name in the first (unnamed), \"model\" or \"name\" column, found none"));
        action.accept(name, v, r.location());
        n++;
      }
    }
    if (n == 0) {
      throw new AssayInputException(csv + ": expected at least one row, found none");
    }
  }

  private static Double number(JsonNode v, String column, String where) {
    JsonNode c = v.get(column);
    if (c == null || c.isNull()) {
      return null;
    }
    if (c.isNumber()) {
      return c.doubleValue();
    }
    String text = c.asString().strip();
    if (text.equalsIgnoreCase("nan")) {
      return Double.NaN; // as pandas writes a missing float
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new AssayInputException(where + ": " + column + ": expected a number, found '" + c.asString() + "'");
    }
  }

  private static Long integer(JsonNode v, String column, String where) {
    Double d = number(v, column, where);
    if (d == null || Double.isNaN(d)) {
      return null;
    }
    if (d != Math.rint(d)) {
      throw new AssayInputException(where + ": " + column + ": expected a whole number, found " + d);
    }
    return d.longValue();
  }
}
