package dev.assay.eval.leaderboard;

import dev.assay.core.io.CsvWriter;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.run.LeaderboardFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code assay leaderboard} run: reads the judgment files, computes the {@link
 * PairwiseLeaderboard}, writes {@code leaderboard.json}, {@code leaderboard.csv} and {@code
 * manifest.json}, and returns the report with its JSON form.
 *
 * <pre>{@code
 * LeaderboardRun.Result r = LeaderboardRun.run(List.of(Path.of("judgments.jsonl")), Options.defaults(), out, args);
 * r.file().models().get(0).rating();
 * }</pre>
 */
public final class LeaderboardRun {
  /** The CSV's columns. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "model", "rank", "rating", "rating_lower", "rating_upper", "pairs", "win_rate", "win_rate_lower",
          "win_rate_upper", "standard_error", "n_wins", "n_wins_base", "n_draws", "n_total", "unjudged",
          "discrete_win_rate", "decisive_win_rate_lower", "decisive_win_rate_upper", "length_controlled_winrate",
          "lc_standard_error", "avg_length");

  private LeaderboardRun() {}

  /**
   * The outcome.
   *
   * @param report the leaderboard
   * @param file what {@code leaderboard.json} holds (its contract record)
   * @param manifest the manifest written
   */
  public record Result(PairwiseLeaderboard.Report report, LeaderboardFile file, RunManifest manifest) {}

  /** Reads, computes and writes. */
  public static Result run(List<Path> files, PairwiseLeaderboard.Options options, Path out, List<String> arguments) {
    ManifestBuilder m = RunManifest.builder("leaderboard", arguments);
    long t0 = System.nanoTime();
    List<PairwiseJudgmentRow> rows = new ArrayList<>();
    for (Path given : files) {
      Path f = dev.assay.eval.run.RunFolders.file(given, dev.assay.eval.run.RunFolders.JUDGMENTS);
      List<PairwiseJudgmentRow> part = PairwiseJudgmentReader.read(List.of(f));
      m.input(f, dev.assay.core.io.InputFiles.formatOf(f), part.size());
      rows.addAll(part);
    }
    long t1 = System.nanoTime();
    PairwiseLeaderboard.Report report;
    try {
      report = PairwiseLeaderboard.compute(rows, options);
    } catch (IllegalArgumentException e) {
      throw new dev.assay.core.AssayInputException(e.getMessage(), e);
    }
    long t2 = System.nanoTime();
    LeaderboardFile file = LeaderboardContract.toFile(report, options);
    LeaderboardContract.CONTRACT.write(out.resolve("leaderboard.json"), file);
    try (CsvWriter csv = new CsvWriter(out.resolve("leaderboard.csv"), CSV_COLUMNS)) {
      for (LeaderboardFile.ModelEntry r : file.models()) {
        csv.write(Json.MAPPER.valueToTree(csvRow(r)));
      }
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("baseline", report.baseline());
    config.put("bootstrap_rounds", options.bootstrapRounds());
    config.put("confidence", options.confidence());
    config.put("rating_scale", "fastchat: scale 400, base 10, mean 1000, ties half a win");
    config.put("length_controlled", options.lengthControlled());
    m.component("leaderboard", "pairwise", config);
    m.seed("bootstrap", options.seed());
    m.output("leaderboard", out.resolve("leaderboard.json"), "json", report.models().size());
    m.output("leaderboard_csv", out.resolve("leaderboard.csv"), "csv", report.models().size());
    m.count("rows_in", report.rows());
    m.count("rows_judged", report.judged());
    m.count("rows_unjudged", report.unjudged());
    m.count("models", report.models().size());
    m.count("rows_both_orders", report.consistency() == null ? 0 : report.consistency().pairs());
    m.count("rows_human_labelled", report.human() == null ? 0 : report.human().items());
    if (report.unjudged() > 0) {
      m.warning(report.unjudged() + " rows have no verdict (winner/preference null): counted, not rated");
    }
    m.timing("read_ms", (t1 - t0) / 1_000_000);
    m.timing("compute_ms", (t2 - t1) / 1_000_000);
    RunManifest manifest = m.build(report.unjudged() > 0 ? dev.assay.core.run.RunStatus.UNJUDGED_ROWS : dev.assay.core.run.RunStatus.OK);
    ManifestWriter.write(manifest, out.resolve("manifest.json"));
    return new Result(report, file, manifest);
  }

  /** One CSV row per model: the contract's columns flattened for spreadsheets. */
  private static Map<String, Object> csvRow(LeaderboardFile.ModelEntry r) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("model", r.model());
    c.put("rank", r.rank());
    c.put("rating", r.rating());
    c.put("rating_lower", r.ratingLower());
    c.put("rating_upper", r.ratingUpper());
    c.put("pairs", r.pairs());
    LeaderboardFile.VsBaseline v = r.vsBaseline();
    if (v != null) {
      c.put("win_rate", v.winRate());
      c.put("win_rate_lower", v.winRateInterval().lower());
      c.put("win_rate_upper", v.winRateInterval().upper());
      c.put("standard_error", v.standardError());
      c.put("n_wins", v.nWins());
      c.put("n_wins_base", v.nWinsBase());
      c.put("n_draws", v.nDraws());
      c.put("n_total", v.nTotal());
      c.put("unjudged", v.unjudged());
      c.put("discrete_win_rate", v.discreteWinRate());
      c.put("decisive_win_rate_lower", v.decisiveWinRateInterval().lower());
      c.put("decisive_win_rate_upper", v.decisiveWinRateInterval().upper());
      c.put("length_controlled_winrate", v.lengthControlledWinrate());
      c.put("lc_standard_error", v.lcStandardError());
      c.put("avg_length", v.avgLength());
    }
    return c;
  }
}
