package dev.assay.cli;

import dev.assay.eval.benchmark.mtbench.MtBenchRun;
import dev.assay.eval.benchmark.mtbench.PairwiseScores;
import dev.assay.eval.benchmark.mtbench.SingleGradeScores;
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
 * {@code assay eval mtbench}: MT-Bench scores from judgment files. The work is in {@link MtBenchRun}.
 *
 * <pre>{@code
 * ./assay eval mtbench --questions mt_bench/question.jsonl --baseline gpt-3.5-turbo --out out/ gpt-4_single.jsonl gpt-4_pair.jsonl
 * }</pre>
 */
@Command(
    name = "mtbench",
    mixinStandardHelpOptions = true,
    description = {
      "MT-Bench scores from judgments in FastChat's model_judgment format (JSON Lines):",
      "  single: {\"question_id\", \"model\", \"turn\", \"score\" (1-10; -1 or null = no grade)}",
      "  pairwise: {\"question_id\", \"model_1\", \"model_2\", \"turn\", \"g1_winner\", \"g2_winner\"}"
          + " (model_1|model_2|tie|error; a tie unless both orders agree, as FastChat)",
      "Single: mean per turn, overall and per category (ungraded rows counted, not averaged)."
          + " Pairwise: win/loss/tie, win_rate, loss_rate, win_rate_adjusted per model against"
          + " --baseline (or all pairs), by category and turn.",
      "Writes <out>/scores.json, <out>/scores.csv and <out>/manifest.json."
    })
public final class EvalMtBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "MT-Bench question.jsonl.")
  Path questions;

  @Option(names = "--reference-answers", paramLabel = "FILE", description = "Reference answers (reference_answer/gpt-4.jsonl).")
  Path references;

  @Option(names = "--baseline", paramLabel = "MODEL", description = "Pairwise: count only pairs with this model (FastChat's pairwise-baseline).")
  String baseline;

  @Parameters(arity = "1..*", paramLabel = "JUDGMENTS", description = "Judge run folders or judgment files (JSON Lines, optionally .gz).")
  List<Path> judgments = new ArrayList<>();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    MtBenchRun.Result r = MtBenchRun.run(questions, references, judgments, baseline, out, args);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("judgments", r.judgments().lines());
    summary.put("single", r.single().stream().map(MtBenchRun::row).toList());
    summary.put("pairwise", r.pairwise().stream().map(MtBenchRun::row).toList());
    summary.put("out", out.toString());
    output.report(
        summary,
        err -> {
          for (SingleGradeScores.ModelScore s : r.single()) {
            err.printf("%-32s score %.2f  turn 1 %.2f  turn 2 %.2f  (%d graded, %d ungraded, %d missing)%n", s.model(),
                s.score(), s.byTurn().getOrDefault(1, Double.NaN), s.byTurn().getOrDefault(2, Double.NaN),
                s.graded(), s.ungraded(), s.missing());
          }
          for (PairwiseScores.ModelRecord p : r.pairwise()) {
            err.printf("%-32s win %d  loss %d  tie %d  win_rate_adjusted %.3f  (%d errors)%n", p.model(),
                p.total().win(), p.total().loss(), p.total().tie(), p.total().winRateAdjusted(), p.errors());
          }
          err.printf("scores in %s%n", out.resolve("scores.csv"));
        });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return ExitCode.OK;
  }
}
