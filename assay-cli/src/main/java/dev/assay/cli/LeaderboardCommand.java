package dev.assay.cli;

import dev.assay.eval.leaderboard.LeaderboardRun;
import dev.assay.eval.leaderboard.PairwiseLeaderboard;
import dev.assay.stats.rating.LengthControlledWinRate;
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

/**
 * {@code assay leaderboard}: ranks several models from pairwise judgments. The work is in {@link
 * LeaderboardRun}.
 *
 * <pre>{@code
 * ./assay leaderboard --baseline gpt-3.5-turbo --out board/ run1/judgments.jsonl run2/judgments.jsonl
 * }</pre>
 */
@Command(
    name = "leaderboard",
    mixinStandardHelpOptions = true,
    description = {
      "Leaderboard from pairwise judgments of several models: judge run folders, their judgments.jsonl,"
          + " or AlpacaEval annotation files (output_1 = generator_1, the baseline; output_2 = generator_2). One line per pair with id, model_a, model_b and winner (a|b|tie) or"
          + " preference (AlpacaEval's [1, 2]); optional human (a|b|tie), order_ab/order_ba (assay"
          + " judge's per-order verdicts) or g1_winner/g2_winner (FastChat's), length_a/length_b or"
          + " output_a/output_b.",
      "Per model: Bradley-Terry rating with bootstrap interval and rank (all pairs), and against the"
          + " baseline: AlpacaEval's win rate (ties half) with a bootstrap interval, the Wilson interval"
          + " of wins among decisive pairs, and the length-controlled win rate when every pair has"
          + " lengths. The judge: flip rate and position-bias rate when both orders are given;"
          + " agreement and Cohen's kappa with human labels when given.",
      "Writes <out>/leaderboard.json, <out>/leaderboard.csv and <out>/manifest.json. Rows without a"
          + " verdict are counted as unjudged; exit code 1 when there are any."
    })
public final class LeaderboardCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "JUDGMENTS", description = "Judge run folders, pairwise judgment files (JSON Lines) or AlpacaEval annotation files (JSON, optionally .gz).")
  List<Path> judgments = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "MODEL", description = "Baseline model (default: the model in the most pairs).")
  String baseline;

  @Option(names = "--bootstrap", paramLabel = "R", defaultValue = "1000", description = "Bootstrap rounds (default: ${DEFAULT-VALUE}); 0 for none.")
  int rounds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95", description = "Interval coverage (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(names = "--no-length-control", description = "Skip the length-controlled win rate.")
  boolean noLengthControl;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    PairwiseLeaderboard.Options o;
    try {
      o = new PairwiseLeaderboard.Options(baseline, rounds, seed, confidence, Runtime.getRuntime().availableProcessors(),
          !noLengthControl, LengthControlledWinRate.Config.alpacaEval(), 10.0);
    } catch (IllegalArgumentException e) {
      throw new UsageError("--" + e.getMessage(), e);
    }
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    LeaderboardRun.Result r = LeaderboardRun.run(judgments, o, out, args);
    PairwiseLeaderboard.Report rep = r.report();
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = new LinkedHashMap<>(dev.assay.core.run.RunJson.WRITER.convertValue(r.file(), Map.class));
    summary.put("out", out.toString());
    output.report(
        summary,
        err -> {
          err.printf("%-4s %-32s %8s %17s %9s %8s%n", "rank", "model", "rating", "interval", "win_rate", "lc");
          for (PairwiseLeaderboard.ModelRow m : rep.models()) {
            var v = m.vsBaseline();
            err.printf("%-4s %-32s %8.1f %8.1f..%-7.1f %9s %8s%n", m.rank() == 0 ? "-" : m.rank(), m.model(), m.rating(), m.lower(), m.upper(),
                v == null ? "baseline" : String.format("%.2f", v.alpaca().winRate().winRate()),
                v == null || Double.isNaN(v.alpaca().lcFitted()) ? "" : String.format("%.2f", v.alpaca().lcFitted()));
          }
          if (rep.consistency() != null) {
            err.printf("judge: flip rate %.3f, position bias %.3f (first %d, second %d of %d pairs)%n",
                rep.consistency().flipRate().rate(), rep.consistency().positionBiasRate(),
                rep.consistency().firstPosition(), rep.consistency().secondPosition(), rep.consistency().pairs());
          }
          if (rep.human() != null) {
            err.printf("judge vs humans: agreement %.3f, Cohen's kappa %.3f (%d items)%n",
                rep.human().agreement(), rep.human().kappa().value(), rep.human().items());
          }
          err.printf("%d rows, %d judged, %d unjudged; leaderboard in %s%n", rep.rows(), rep.judged(), rep.unjudged(), out.resolve("leaderboard.csv"));
        });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return rep.unjudged() > 0 ? ExitCode.DATA_REJECTED : ExitCode.OK;
  }
}
