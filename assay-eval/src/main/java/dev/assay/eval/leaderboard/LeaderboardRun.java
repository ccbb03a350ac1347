package dev.assay.eval.leaderboard;

import dev.assay.core.io.CsvWriter;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardEntry;
import dev.assay.stats.agreement.ChanceCorrected;
import dev.assay.stats.info.FlipRateResult;
import dev.assay.stats.interval.Interval;
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
 * r.json().get("models");
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
   * @param json what {@code leaderboard.json} holds
   * @param manifest the manifest written
   */
  public record Result(PairwiseLeaderboard.Report report, Map<String, Object> json, RunManifest manifest) {}

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
    Map<String, Object> json = json(report, options);
    ManifestWriter.writeJson(json, out.resolve("leaderboard.json"));
    try (CsvWriter csv = new CsvWriter(out.resolve("leaderboard.csv"), CSV_COLUMNS)) {
      for (PairwiseLeaderboard.ModelRow r : report.models()) {
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
    RunManifest manifest = m.build(report.unjudged() > 0 ? "unjudged_rows" : "ok");
    ManifestWriter.write(manifest, out.resolve("manifest.json"));
    return new Result(report, json, manifest);
  }

  /** The report as {@code leaderboard.json} holds it. */
  public static Map<String, Object> json(PairwiseLeaderboard.Report r, PairwiseLeaderboard.Options o) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("baseline", r.baseline());
    j.put("rows", r.rows());
    j.put("judged", r.judged());
    j.put("unjudged", r.unjudged());
    j.put("confidence", o.confidence());
    j.put("bootstrap_rounds", o.bootstrapRounds());
    j.put("seed", o.seed());
    List<Map<String, Object>> models = new ArrayList<>();
    for (PairwiseLeaderboard.ModelRow m : r.models()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("model", m.model());
      row.put("rank", m.rank() == 0 ? null : m.rank());
      row.put("rating", num(m.rating()));
      row.put("rating_lower", num(m.lower()));
      row.put("rating_upper", num(m.upper()));
      row.put("pairs", m.pairs());
      row.put("vs_baseline", vs(m.vsBaseline()));
      models.add(row);
    }
    j.put("models", models);
    j.put("judge_consistency", consistency(r.consistency()));
    j.put("human_agreement", human(r.human()));
    return j;
  }

  private static Map<String, Object> vs(BaselineWinRates.Result v) {
    if (v == null) {
      return null;
    }
    LeaderboardEntry e = v.alpaca();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("win_rate", num(e.winRate().winRate()));
    m.put("win_rate_interval", interval(v.bootstrap()));
    m.put("standard_error", num(e.winRate().standardError()));
    m.put("n_wins", e.winRate().nWins());
    m.put("n_wins_base", e.winRate().nWinsBase());
    m.put("n_draws", e.winRate().nDraws());
    m.put("n_total", e.winRate().nTotal());
    m.put("unjudged", e.dropped());
    m.put("discrete_win_rate", num(e.winRate().discreteWinRate()));
    m.put("decisive_win_rate_interval", interval(v.wilson()));
    m.put("length_controlled_winrate", num(e.lcFitted()));
    m.put("lc_standard_error", num(e.lcFittedStandardError()));
    m.put("lc_glm", v.hasLengths() ? e.lcGlm() : null);
    m.put("avg_length", v.hasLengths() ? e.avgLength() : null);
    return m;
  }

  private static Map<String, Object> csvRow(PairwiseLeaderboard.ModelRow r) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("model", r.model());
    c.put("rank", r.rank() == 0 ? null : r.rank());
    c.put("rating", num(r.rating()));
    c.put("rating_lower", num(r.lower()));
    c.put("rating_upper", num(r.upper()));
    c.put("pairs", r.pairs());
    BaselineWinRates.Result v = r.vsBaseline();
    if (v != null) {
      LeaderboardEntry e = v.alpaca();
      c.put("win_rate", num(e.winRate().winRate()));
      c.put("win_rate_lower", num(v.bootstrap().lower()));
      c.put("win_rate_upper", num(v.bootstrap().upper()));
      c.put("standard_error", num(e.winRate().standardError()));
      c.put("n_wins", e.winRate().nWins());
      c.put("n_wins_base", e.winRate().nWinsBase());
      c.put("n_draws", e.winRate().nDraws());
      c.put("n_total", e.winRate().nTotal());
      c.put("unjudged", e.dropped());
      c.put("discrete_win_rate", num(e.winRate().discreteWinRate()));
      c.put("decisive_win_rate_lower", num(v.wilson().lower()));
      c.put("decisive_win_rate_upper", num(v.wilson().upper()));
      c.put("length_controlled_winrate", num(e.lcFitted()));
      c.put("lc_standard_error", num(e.lcFittedStandardError()));
      c.put("avg_length", v.hasLengths() ? e.avgLength() : null);
    }
    return c;
  }

  private static Map<String, Object> consistency(JudgeConsistency c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pairs_both_orders", c.pairs());
    m.put("flip_rate", flip(c.flipRate()));
    m.put("flip_rate_excluding_ties", flip(c.flipRateExcludingTies()));
    m.put("position_bias_rate", num(c.positionBiasRate()));
    m.put("first_position", c.firstPosition());
    m.put("first_position_rate", num(c.firstPositionRate()));
    m.put("second_position", c.secondPosition());
    m.put("second_position_rate", num(c.secondPositionRate()));
    return m;
  }

  private static Map<String, Object> flip(FlipRateResult f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rate", num(f.rate()));
    m.put("flips", f.flips());
    m.put("compared", f.compared());
    m.put("excluded", f.excluded());
    return m;
  }

  private static Map<String, Object> human(HumanAgreement h) {
    if (h == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", h.items());
    m.put("agreement", num(h.agreement()));
    m.put("agreement_interval", interval(h.agreementInterval()));
    m.put("cohen_kappa", kappa(h.kappa()));
    m.put("items_without_ties", h.itemsWithoutTies());
    m.put("agreement_without_ties", num(h.agreementWithoutTies()));
    m.put("cohen_kappa_without_ties", kappa(h.kappaWithoutTies()));
    return m;
  }

  private static Map<String, Object> kappa(ChanceCorrected k) {
    if (k == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", num(k.value()));
    m.put("observed", num(k.observed()));
    m.put("expected", num(k.expected()));
    return m;
  }

  private static Map<String, Object> interval(Interval i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lower", num(i.lower()));
    m.put("upper", num(i.upper()));
    m.put("method", i.method());
    return m;
  }

  private static Double num(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
