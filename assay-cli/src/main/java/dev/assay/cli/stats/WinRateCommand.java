package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.core.format.Fields;
import dev.assay.stats.rating.AlpacaWinRate;
import dev.assay.stats.rating.WinRateResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay stats winrate}: AlpacaEval's head-to-head metrics from an annotations file.
 *
 * <pre>{@code
 * ./assay stats winrate results/my-model/weighted_alpaca_eval_gpt4_turbo/annotations.json
 * ./assay stats winrate annotations.json --length-controlled --difficulty instruction_difficulty.csv
 * ./assay stats winrate annotations.json --length-controlled --reference-annotations results-dir/
 * }</pre>
 */
@Command(
    name = "winrate",
    mixinStandardHelpOptions = true,
    description = {
      "AlpacaEval win rate with ties, exactly as alpaca_eval.metrics.winrate.get_winrate.",
      "Input: an AlpacaEval annotations file: a JSON array (gzipped if it ends in .gz) of objects"
          + " with \"preference\" (number in [1, 2]: 1 = baseline output_1 wins, 2 = model output_2"
          + " wins, 1.5 or 0 = draw; null or missing = not annotated, dropped) and \"output_2\""
          + " (the model's output, for avg_length).",
      "Output (--json): one JSON object with win_rate, standard_error, n_wins, n_wins_base, n_draws,"
          + " n_total, discrete_win_rate (percentages as on the AlpacaEval leaderboard) and"
          + " avg_length (integer mean length in characters of the model's outputs: of output_2,"
          + " or of --model-outputs when given, as AlpacaEval does; null without either).",
      "",
      "--length-controlled adds AlpacaEval 2.0's length-controlled win rate: a logistic regression"
          + " (soft labels, L1, no intercept, C by 5-fold cross-validation) of the preference on"
          + " tanh(standardised length difference), instruction difficulty and a model term, then the"
          + " mean predicted preference with the length term zeroed. It needs \"instruction\","
          + " \"output_1\" and \"output_2\" in every record. Keys added: length_controlled_winrate,"
          + " lc_standard_error (AlpacaEval's: standard error of the per-instruction predictions),"
          + " lc_glm, lc_difficulty (file|estimated|none), lc_weights, lc_c.",
      "Instruction difficulty comes from --difficulty (AlpacaEval's instruction_difficulty.csv or"
          + " your own), else is estimated from --reference-annotations (other models' annotation"
          + " files on the same instructions; AlpacaEval's joint model, C = 10; more and more varied"
          + " models give better estimates), else is left out: the GLM is then AlpacaEval's"
          + " length_controlled_minimal, which controls length but not difficulty and can differ"
          + " from the leaderboard by several points. Reference files named like the baseline plus"
          + " \"verbose\" or \"concise\" (AlpacaEval's gamed baselines) also regularise the fit, as in"
          + " length_controlled_v1; without them the fit is length_controlled_noreg."
          + " See docs/stats-fidelity.md for how close each path comes to the leaderboard."
    })
public final class WinRateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<annotations.json[.gz]>", description = "AlpacaEval annotations (JSON array).")
  Path annotations;

  @Option(
      names = "--model-outputs",
      paramLabel = "FILE",
      description = "AlpacaEval model_outputs.json (JSON array of objects with \"output\") to compute avg_length from, as the leaderboard does; needed when the annotations lack some instructions.")
  Path modelOutputs;

  @Option(
      names = "--length-controlled",
      description = "Also compute AlpacaEval 2.0's length-controlled win rate (see above).")
  boolean lengthControlled;

  @Option(
      names = "--difficulty",
      paramLabel = "CSV",
      description = "Instruction difficulties: CSV with a header, columns instruction (text) or index (row number in the annotations, as AlpacaEval's instruction_difficulty.csv), and difficulty or instruction_difficulty.")
  Path difficulty;

  @Option(
      names = "--reference-annotations",
      arity = "1..*",
      paramLabel = "DIR|FILE",
      description = "Other models' AlpacaEval annotation files (or directories of *.json[.gz]) to estimate instruction difficulties from when --difficulty is not given.")
  List<Path> references = new ArrayList<>();

  @Override
  public Integer call() {
    if (!lengthControlled && (difficulty != null || !references.isEmpty())) {
      throw new UsageError("--difficulty and --reference-annotations need --length-controlled");
    }
    List<Double> prefs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    RatingInputs.forEachObject(
        annotations,
        "json",
        r -> {
          JsonNode p = r.value().get("preference");
          if (p == null || p.isNull()) {
            prefs.add(Double.NaN);
          } else if (p.isNumber()) {
            prefs.add(p.doubleValue());
          } else {
            throw new UsageError(
                r.location() + ": preference: expected a number in [1, 2], 0 or null, found "
                    + Fields.describe(p));
          }
          JsonNode o = r.value().get("output_2");
          if (o != null && o.isString()) {
            outputs.add(o.stringValue());
          } else if (o != null && !o.isNull()) {
            throw new UsageError(
                r.location() + ": output_2: expected a string, found " + Fields.describe(o));
          }
        });
    if (modelOutputs != null) {
      outputs.clear();
      RatingInputs.forEachObject(
          modelOutputs, "json", r -> outputs.add(RatingInputs.requireString(r, "output")));
    }
    WinRateResult w;
    try {
      w = AlpacaWinRate.compute(prefs.stream().mapToDouble(Double::doubleValue).toArray());
    } catch (IllegalArgumentException e) {
      throw new UsageError(annotations + ": " + e.getMessage(), e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("win_rate", w.winRate());
    out.put("standard_error", w.standardError());
    out.put("n_wins", w.nWins());
    out.put("n_wins_base", w.nWinsBase());
    out.put("n_draws", w.nDraws());
    out.put("n_total", w.nTotal());
    out.put("discrete_win_rate", w.discreteWinRate());
    out.put("avg_length", outputs.isEmpty() ? null : AlpacaWinRate.averageLength(outputs));
    if (lengthControlled) {
      out.putAll(LengthControlledInputs.compute(annotations, difficulty, references));
    }
    output.result(out);
    return ExitCode.OK;
  }
}
