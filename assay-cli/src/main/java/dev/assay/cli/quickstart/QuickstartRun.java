package dev.assay.cli.quickstart;

import dev.assay.core.config.ConfigLoader;
import dev.assay.core.validate.ValidateOptions;
import dev.assay.core.validate.ValidateResult;
import dev.assay.core.validate.Validation;
import dev.assay.eval.judge.RewardModelJudge;
import dev.assay.eval.pair.ChatPairs;
import dev.assay.eval.pair.PairJoin;
import dev.assay.eval.leaderboard.BaselineWinRates;
import dev.assay.eval.leaderboard.LeaderboardRun;
import dev.assay.eval.leaderboard.PairwiseLeaderboard;
import dev.assay.eval.run.JudgeRun;
import dev.assay.eval.run.RunOutcome;
import dev.assay.quality.pipeline.PipelineConfig;
import dev.assay.quality.pipeline.QaPipeline;
import dev.assay.quality.pipeline.QaResult;
import dev.assay.report.ReportWriter;
import dev.assay.report.Reports;
import dev.assay.report.export.ExportedTable;
import dev.assay.report.export.PerItemTables;
import dev.assay.report.export.TableExporter;
import dev.assay.report.model.Report;
import dev.assay.report.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The quickstart's steps on the bundled sample, each through the code path of its own command and
 * into its own folder with its {@code manifest.json}: validate (openai-chat schema, quarantine) ->
 * QA pipeline ({@code inputs/qa.yaml}: empty, length, repetition, PII redaction, toxicity with the
 * embedded scorer, exact and near duplicates) -> pairs of the two models' kept answers (as {@code
 * assay pair --chats}) -> offline
 * judge ({@code reward-model}, as {@code assay judge --judge reward-model}) -> leaderboard with
 * bootstrap intervals (as {@code assay leaderboard --baseline model-b}) -> analysis tables (the
 * report's and the per-item results, Parquet) -> the report over the four run folders
 * ({@code <out>/report.html}, as {@code assay report --tables} makes it). The same steps are
 * written as {@code <out>/pipeline.yaml} ({@link QuickstartPipeline}) for {@code assay run}.
 *
 * <pre>{@code
 * QuickstartRun.Result r = QuickstartRun.run(Path.of("out/quickstart"), step -> System.out.println(step.line()));
 * }</pre>
 */
public final class QuickstartRun {
  /** The model the sample's helpful answers come from. */
  public static final String FIRST_MODEL = "model-a";

  /** The model the sample's weaker answers come from; the leaderboard's baseline. */
  public static final String SECOND_MODEL = "model-b";

  private QuickstartRun() {}

  /**
   * What the quickstart did.
   *
   * @param steps every step in order
   * @param runs the run folders (each with a manifest), in the order the report shows them
   * @param report the HTML report, {@code <out>/report.html}
   * @param tables the analysis tables' folder, {@code <out>/tables}
   * @param pipeline the steps as a pipeline file, {@code <out>/pipeline.yaml} (see {@link QuickstartPipeline})
   */
  public record Result(List<QuickstartStep> steps, List<Path> runs, Path report, Path tables, Path pipeline) {
    public Result {
      steps = List.copyOf(steps);
      runs = List.copyOf(runs);
    }
  }

  /** Runs every step into {@code out}, handing each finished step to {@code onStep}. */
  public static Result run(Path out, Consumer<QuickstartStep> onStep) throws InterruptedException {
    List<QuickstartStep> steps = new ArrayList<>();
    long[] last = {System.nanoTime()};
    Consumer<QuickstartStep> done = s -> {
      long now = System.nanoTime();
      QuickstartStep timed = s.withDuration((now - last[0]) / 1_000_000);
      last[0] = now;
      steps.add(timed);
      onStep.accept(timed);
    };
    Path inputs = out.resolve("inputs");
    Path sample = SampleFiles.copy(SampleFiles.CHATS, inputs);
    Path pipeline = SampleFiles.copy(SampleFiles.QA_CONFIG, inputs);
    Path pipelineFile = QuickstartPipeline.write(out);

    Path validateDir = out.resolve("validate");
    ValidateResult v = new Validation(new ValidateOptions(sample, "jsonl", "openai-chat", validateDir, 2))
        .run(List.of("--schema", "openai-chat", "--out", validateDir.toString(), sample.toString()), null);
    done.accept(new QuickstartStep("validate",
        String.format(Locale.ROOT, "%d records -> %d valid, %d quarantined (schema openai-chat)", v.recordsIn(), v.valid(), v.quarantined()),
        validateDir, counts("records_in", v.recordsIn(), "valid", v.valid(), "quarantined", v.quarantined(), "blank_lines", v.blankLines())));

    // The pipeline names its input and output relative to its own folder (../validate/valid.jsonl,
    // ../qa), so the rerun command printed at the end reads and writes this folder from anywhere.
    Path qaDir = out.resolve("qa");
    PipelineConfig config = ConfigLoader.load(pipeline, PipelineConfig.class, Map.of());
    if (!Path.of(config.input()).normalize().equals(validateDir.resolve("valid.jsonl").normalize())
        || !Path.of(config.out()).normalize().equals(qaDir.normalize())) {
      throw new IllegalStateException("the bundled qa.yaml must read ../validate/valid.jsonl and write ../qa, found "
          + config.input() + " and " + config.out());
    }
    QaResult qa = new QaPipeline(config).run(List.of("--config", pipeline.toString()), null);
    Map<String, Object> qaCounts = counts("records_in", qa.recordsIn(), "kept", qa.kept(), "rejected", qa.rejected(), "quarantined", qa.quarantined());
    qaCounts.put("flagged_by_check", QaFunnel.flaggedByCheck(qa.report()));
    done.accept(new QuickstartStep("qa",
        String.format(Locale.ROOT, "%d answers -> %d kept, %d rejected; flagged: %s", qa.recordsIn(), qa.kept(), qa.rejected(), QaFunnel.describe(qa.report())),
        qaDir, qaCounts));

    Path pairsDir = out.resolve("pairs");
    Path kept = qaDir.resolve("kept.jsonl");
    ChatPairs.Result p = ChatPairs.run(new ChatPairs.Options(kept, FIRST_MODEL, SECOND_MODEL, pairsDir,
        List.of("--chats", kept.toString(), "--models", FIRST_MODEL + "," + SECOND_MODEL, "--out", pairsDir.toString())));
    Path pairs = pairsDir.resolve(PairJoin.PAIRS);
    done.accept(new QuickstartStep("pairs",
        String.format(Locale.ROOT, "%d prompts in the kept answers -> %d pairs %s vs %s (%d prompts lost an answer in QA)",
            p.prompts(), p.pairs(), FIRST_MODEL, SECOND_MODEL, p.unpaired().size()),
        pairsDir, counts("prompts_kept", p.prompts(), "pairs", p.pairs(), "prompts_unpaired", (long) p.unpaired().size(),
            "quarantined", p.quarantined())));

    Path judgeDir = out.resolve("judge");
    // A judge run resumes by pair id; the quickstart judges afresh so that a folder left by an
    // older sample or pipeline cannot lend its verdicts to today's pairs.
    deleteIfExists(judgeDir.resolve(JudgeRun.JUDGMENTS));
    JudgeRun.Result j = JudgeRun.run(new JudgeRun.Options(pairs, judgeDir, RewardModelJudge.NAME, null, null, null, null,
        List.of("--judge", RewardModelJudge.NAME, "--out", judgeDir.toString(), pairs.toString())), n -> {});
    RunOutcome o = j.outcome();
    Table judgments = PerItemTables.judgments(judgeDir.resolve(JudgeRun.JUDGMENTS));
    Map<String, Long> wins = winsByModel(judgments);
    long judged = o.finished() + o.resumed();
    if (judged != p.pairs() || judgments.rows().size() != p.pairs()) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "judge: %d pairs in, %d judged, %d judgment lines (%d failed, %d quarantined); see %s",
          p.pairs(), judged, judgments.rows().size(), o.failed(), o.quarantined(), judgeDir));
    }
    Map<String, Object> judgeCounts = counts("pairs_in", o.rows(), "judged", judged, "failed", o.failed(), "quarantined", o.quarantined(),
        "model_calls", j.ledger().modelCalls());
    judgeCounts.put("preferred", wins);
    done.accept(new QuickstartStep("judge",
        String.format(Locale.ROOT, "%d pairs judged offline by the %s judge (%d model calls): preferred %s",
            judged, RewardModelJudge.NAME, j.ledger().modelCalls(), listed(wins)),
        judgeDir, judgeCounts));

    Path boardDir = out.resolve("leaderboard");
    LeaderboardRun.Result board = LeaderboardRun.run(List.of(judgeDir.resolve(JudgeRun.JUDGMENTS)),
        PairwiseLeaderboard.Options.defaults().withBaseline(SECOND_MODEL), boardDir,
        List.of("--baseline", SECOND_MODEL, "--out", boardDir.toString(), judgeDir.resolve(JudgeRun.JUDGMENTS).toString()));
    done.accept(leaderboardStep(board.report(), boardDir));

    List<Path> runs = List.of(validateDir, qaDir, judgeDir, boardDir);
    Report report = Reports.build(runs);
    List<Table> perItem = PerItemTables.forRuns(runs); // as assay report --tables

    TableExporter.Result tables = TableExporter.export(report, perItem, out);
    long rows = tables.tables().stream().mapToLong(ExportedTable::rows).sum();
    done.accept(new QuickstartStep("tables",
        String.format(Locale.ROOT, "%d Parquet tables (%d from the report, %d per item; %d rows) with schema.json",
            tables.tables().size(), tables.tables().size() - perItem.size(), perItem.size(), rows),
        tables.folder(), counts("tables", (long) tables.tables().size(), "rows", rows, "schema", tables.schema().toString())));

    ReportWriter.Written written = ReportWriter.write(report, out.resolve("report.html"));
    long sections = report.sections().size();
    done.accept(new QuickstartStep("report",
        String.format(Locale.ROOT, "%d sections over %d runs (also %s and %s)", sections, runs.size(),
            written.markdown().getFileName(), written.json().getFileName()),
        written.html(), counts("sections", sections, "runs", (long) runs.size(), "markdown", written.markdown().toString(),
            "json", written.json().toString())));
    return new Result(steps, runs, written.html(), tables.folder(), pipelineFile);
  }

  private static QuickstartStep leaderboardStep(PairwiseLeaderboard.Report rep, Path dir) {
    Map<String, Object> c = counts("rows_in", rep.rows(), "judged", rep.judged(), "unjudged", rep.unjudged());
    List<Map<String, Object>> models = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (PairwiseLeaderboard.ModelRow m : rep.models()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("model", m.model());
      row.put("rank", m.rank());
      row.put("rating", m.rating());
      row.put("rating_lower", m.lower());
      row.put("rating_upper", m.upper());
      BaselineWinRates.Result vs = m.vsBaseline();
      if (vs != null) {
        row.put("win_rate", vs.alpaca().winRate().winRate());
        row.put("win_rate_lower", vs.bootstrap().lower());
        row.put("win_rate_upper", vs.bootstrap().upper());
        var w = vs.alpaca().winRate();
        boolean soft = Math.abs(100.0 * (w.nWins() + 0.5 * w.nDraws()) / Math.max(1, w.nTotal()) - w.winRate()) >= 0.05;
        line.append(String.format(Locale.ROOT, "%s vs %s: %s %.1f%% (95%% CI %.1f-%.1f%%), preferred on %d of %d; ",
            m.model(), rep.baseline(), soft ? "preference-weighted win rate" : "win rate", w.winRate(), vs.bootstrap().lower(),
            vs.bootstrap().upper(), w.nWins(), w.nTotal()));
      }
      models.add(row);
    }
    line.append("Bradley-Terry");
    for (PairwiseLeaderboard.ModelRow m : rep.models()) {
      line.append(String.format(Locale.ROOT, " %s %.0f [%.0f, %.0f]", m.model(), m.rating(), m.lower(), m.upper()));
    }
    c.put("baseline", rep.baseline());
    c.put("models", models);
    return new QuickstartStep("leaderboard", line.toString(), dir, c);
  }

  private static Map<String, Long> winsByModel(Table judgments) {
    Map<String, Long> wins = new LinkedHashMap<>();
    wins.put(FIRST_MODEL, 0L);
    wins.put(SECOND_MODEL, 0L);
    int col = judgments.columns().stream().map(Table.Column::name).toList().indexOf("winner_model");
    for (List<Object> row : judgments.rows()) {
      Object w = row.get(col);
      wins.merge(w == null ? "none" : w.toString(), 1L, Long::sum);
    }
    return wins;
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file + " before judging again: " + e.getMessage(), e);
    }
  }

  private static String listed(Map<String, Long> wins) {
    StringBuilder b = new StringBuilder();
    wins.forEach((model, n) -> b.append(b.isEmpty() ? "" : ", ").append(model).append(' ').append(n));
    return b.toString();
  }

  private static Map<String, Object> counts(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
