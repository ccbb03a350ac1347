package dev.assay.eval.benchmark.mtbench;

import dev.assay.core.io.CsvWriter;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One MT-Bench scoring run from files: the questions (and reference answers), judgment files in
 * FastChat's format; writes {@code scores.json}, {@code scores.csv} (one row per model; single
 * grades and pairwise records each when present) and {@code manifest.json}.
 *
 * <pre>{@code
 * MtBenchRun.Result r = MtBenchRun.run(questions, refs, List.of(judgments), "gpt-3.5-turbo", out, args);
 * }</pre>
 */
public final class MtBenchRun {
  private MtBenchRun() {}

  /**
   * What the run produced.
   *
   * @param single single-grade scores per model (empty without single grades)
   * @param pairwise pairwise records per model (empty without pairwise verdicts)
   * @param judgments what was read
   * @param manifest the manifest written
   */
  public record Result(
      List<SingleGradeScores.ModelScore> single,
      List<PairwiseScores.ModelRecord> pairwise,
      MtBenchJudgments judgments,
      RunManifest manifest) {}

  /** Reads, aggregates and writes; {@code baseline} may be null (all pairs). */
  public static Result run(
      Path questionFile, Path referenceAnswers, List<Path> judgmentFiles, String baseline, Path out, List<String> arguments) {
    ManifestBuilder m = RunManifest.builder("eval mtbench", arguments);
    MtBenchQuestions questions = MtBenchQuestions.load(questionFile, referenceAnswers);
    m.input(questionFile, "jsonl", questions.questions().size());
    if (referenceAnswers != null) {
      m.input(referenceAnswers, "jsonl", questions.questions().values().stream().filter(q -> !q.referenceAnswers().isEmpty()).count());
    }
    List<GradedAnswer> grades = new ArrayList<>();
    List<PairwiseVerdict> verdicts = new ArrayList<>();
    long lines = 0;
    for (Path given : judgmentFiles) {
      Path f = dev.assay.eval.run.RunFolders.file(given, dev.assay.eval.run.RunFolders.JUDGMENTS);
      MtBenchJudgments j = MtBenchJudgments.read(List.of(f), questions);
      m.input(f, "jsonl", j.lines());
      grades.addAll(j.grades());
      verdicts.addAll(j.verdicts());
      lines += j.lines();
    }
    MtBenchJudgments all = new MtBenchJudgments(grades, verdicts, lines);
    List<SingleGradeScores.ModelScore> single = grades.isEmpty() ? List.of() : SingleGradeScores.of(grades, questions);
    List<PairwiseScores.ModelRecord> pairwise = verdicts.isEmpty() ? List.of() : PairwiseScores.of(verdicts, baseline, questions);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "mt_bench");
    json.put("questions", questions.questions().size());
    json.put("categories", questions.categories());
    json.put("baseline", baseline);
    json.put("single", single.stream().map(MtBenchRun::row).toList());
    json.put("pairwise", pairwise.stream().map(MtBenchRun::row).toList());
    ManifestWriter.writeJson(json, out.resolve("scores.json"));
    List<String> columns = new ArrayList<>(List.of("mode", "model", "score", "standard_error", "turn_1", "turn_2"));
    questions.categories().forEach(c -> columns.add("category_" + c));
    columns.addAll(List.of("win", "loss", "tie", "win_rate", "loss_rate", "win_rate_adjusted", "graded", "ungraded", "missing", "errors"));
    long rows = 0;
    try (CsvWriter csv = new CsvWriter(out.resolve("scores.csv"), columns)) {
      for (SingleGradeScores.ModelScore s : single) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", "single");
        r.put("model", s.model());
        r.put("score", num(s.score()));
        r.put("standard_error", num(s.standardError()));
        r.put("turn_1", num(s.byTurn().getOrDefault(1, Double.NaN)));
        r.put("turn_2", num(s.byTurn().getOrDefault(2, Double.NaN)));
        s.byCategory().forEach((c, v) -> r.put("category_" + c, num(v)));
        r.put("graded", s.graded());
        r.put("ungraded", s.ungraded());
        r.put("missing", s.missing());
        r.keySet().retainAll(columns);
        csv.write(Json.MAPPER.valueToTree(r));
        rows++;
      }
      for (PairwiseScores.ModelRecord p : pairwise) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", baseline == null ? "pairwise_all" : "pairwise_baseline");
        r.put("model", p.model());
        r.put("win", p.total().win());
        r.put("loss", p.total().loss());
        r.put("tie", p.total().tie());
        r.put("win_rate", num(p.total().winRate()));
        r.put("loss_rate", num(p.total().lossRate()));
        r.put("win_rate_adjusted", num(p.total().winRateAdjusted()));
        r.put("errors", p.errors());
        csv.write(Json.MAPPER.valueToTree(r));
        rows++;
      }
    }
    m.component("benchmark", "mt_bench", Map.of("baseline", baseline == null ? "" : baseline, "tie_rule", "fastchat_both_orders"));
    m.output("scores", out.resolve("scores.json"), "json", rows);
    m.output("scores_csv", out.resolve("scores.csv"), "csv", rows);
    m.count("judgments_in", lines);
    m.count("single_grades", grades.size());
    m.count("single_ungraded", grades.stream().filter(g -> !g.graded()).count());
    m.count("pairwise_verdicts", verdicts.size());
    m.count("pairwise_errors", verdicts.stream().filter(PairwiseVerdict::error).count());
    if (baseline != null) {
      long skipped = verdicts.stream().filter(v -> !baseline.equals(v.model1()) && !baseline.equals(v.model2())).count();
      m.count("pairwise_without_baseline", skipped);
    }
    RunManifest manifest = m.build(dev.assay.core.run.RunStatus.OK);
    ManifestWriter.write(manifest, out.resolve("manifest.json"));
    return new Result(single, pairwise, all, manifest);
  }

  /** A single-grade score as a JSON-ready map. */
  public static Map<String, Object> row(SingleGradeScores.ModelScore s) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("model", s.model());
    r.put("score", num(s.score()));
    r.put("standard_error", num(s.standardError()));
    Map<String, Object> turns = new LinkedHashMap<>();
    s.byTurn().forEach((t, v) -> turns.put(String.valueOf(t), num(v)));
    r.put("by_turn", turns);
    Map<String, Object> cats = new LinkedHashMap<>();
    s.byCategory().forEach((c, v) -> cats.put(c, num(v)));
    r.put("by_category", cats);
    Map<String, Object> ct = new LinkedHashMap<>();
    s.byCategoryTurn().forEach((c, v) -> ct.put(c, num(v)));
    r.put("by_category_turn", ct);
    r.put("graded", s.graded());
    r.put("ungraded", s.ungraded());
    r.put("missing", s.missing());
    return r;
  }

  /** A pairwise record as a JSON-ready map. */
  public static Map<String, Object> row(PairwiseScores.ModelRecord p) {
    Map<String, Object> r = new LinkedHashMap<>(tally(p.total()));
    r.put("model", p.model());
    r.put("errors", p.errors());
    Map<String, Object> cats = new LinkedHashMap<>();
    p.byCategory().forEach((c, t) -> cats.put(c, tally(t)));
    r.put("by_category", cats);
    Map<String, Object> turns = new LinkedHashMap<>();
    p.byTurn().forEach((t, v) -> turns.put(String.valueOf(t), tally(v)));
    r.put("by_turn", turns);
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("model", p.model());
    ordered.putAll(r);
    return ordered;
  }

  private static Map<String, Object> tally(PairwiseScores.Tally t) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("win", t.win());
    r.put("loss", t.loss());
    r.put("tie", t.tie());
    r.put("win_rate", num(t.winRate()));
    r.put("loss_rate", num(t.lossRate()));
    r.put("win_rate_adjusted", num(t.winRateAdjusted()));
    return r;
  }

  private static Double num(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
