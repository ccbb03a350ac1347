package dev.assay.cli;

import dev.assay.eval.benchmark.alpacaeval.AlpacaEvalRun;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardComparison;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardEntry;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardFiles;
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
import picocli.CommandLine.Spec;

/**
 * {@code assay eval alpacaeval}: the AlpacaEval 2.0 leaderboard from judge annotation files. The
 * work is in {@link AlpacaEvalRun}.
 *
 * <pre>{@code
 * ./assay eval alpacaeval --annotations alpaca_eval/results \
 *     --weights baseline_gpt4_1106_preview.csv --leaderboard leaderboard.csv --out out/
 * }</pre>
 */
@Command(
    name = "alpacaeval",
    mixinStandardHelpOptions = true,
    description = {
      "Reproduce the AlpacaEval 2.0 leaderboard from annotation files (one per model, JSON array of"
          + " {instruction, output_1 (baseline), output_2 (model), preference}).",
      "Columns: win_rate, standard_error, n_wins, n_wins_base, n_draws, n_total, discrete_win_rate,"
          + " avg_length exactly as AlpacaEval; length_controlled_winrate from the published GLM weights"
          + " (--weights) with instruction difficulties estimated from the annotations, and lc_fitted"
          + " from our own fit of AlpacaEval's GLM (skip with --no-fit).",
      "A model's name is its file name without .json[.gz], or for results/<model>/<annotator>/"
          + "annotations.json the <model> folder.",
      "Writes <out>/leaderboard.json (with the comparison when --leaderboard is given),"
          + " <out>/leaderboard.csv and <out>/manifest.json. See docs/stats-fidelity.md for how close"
          + " each column comes to the published leaderboard."
    })
public final class EvalAlpacaEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--annotations",
      required = true,
      arity = "1..*",
      paramLabel = "DIR|FILE",
      description = "Annotation files, or directories holding *.json[.gz] or results/<model>/<annotator>/annotations.json.")
  List<Path> annotations = new ArrayList<>();

  @Option(names = "--leaderboard", paramLabel = "CSV", description = "Published leaderboard CSV to compare with.")
  Path leaderboard;

  @Option(
      names = "--weights",
      paramLabel = "CSV",
      description = "Published length-controlled GLM weights (AlpacaEval's length_controlled_v1/baseline_<baseline>.csv).")
  Path weights;

  @Option(names = "--no-fit", description = "Do not fit the length-controlled GLM per model (faster).")
  boolean noFit;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    AlpacaEvalRun.Result r =
        AlpacaEvalRun.run(new AlpacaEvalRun.Inputs(annotations, leaderboard, weights, !noFit), out, args);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("models", r.result().entries().size());
    summary.put("instructions", r.result().instructions());
    summary.put("difficulty_source", r.result().difficultySource());
    List<Map<String, Object>> rows = new ArrayList<>();
    r.result().entries().forEach(e -> rows.add(LeaderboardFiles.row(e)));
    summary.put("leaderboard", rows);
    LeaderboardComparison c = r.comparison();
    if (c != null) {
      summary.put("compared", c.compared().size());
      summary.put("unpublished", c.unpublished());
      summary.put("max_abs_difference", new LinkedHashMap<>(c.maxAbsDifference()));
    }
    summary.put("out", out.toString());
    output.report(
        summary,
        err -> {
          err.printf("%-36s %8s %8s %8s %8s%n", "model", "win_rate", "lc", "lc_fit", "avg_len");
          for (LeaderboardEntry e : r.result().entries()) {
            err.printf("%-36s %8.2f %8.2f %8.2f %8d%n", e.model(), e.winRate().winRate(),
                e.lengthControlledWinRate(), e.lcFitted(), e.avgLength());
          }
          if (c != null) {
            for (String col : LeaderboardComparison.COLUMNS) {
              if (c.maxAbsDifference().containsKey(col)) {
                err.printf("max |ours - published| %-26s %.3g (%s)%n", col, c.maxAbsDifference().get(col), c.worstModel().get(col));
              }
            }
          }
          err.printf("leaderboard in %s%n", out.resolve("leaderboard.csv"));
        });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return ExitCode.OK;
  }
}
