package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.core.AssayInputException;
import dev.assay.stats.rating.AlpacaWinRate;
import dev.assay.stats.rating.GlmWeights;
import dev.assay.stats.rating.InstructionDifficulty;
import dev.assay.stats.rating.LengthControlledResult;
import dev.assay.stats.rating.LengthControlledWinRate;
import dev.assay.stats.rating.WinRateResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reproduces the AlpacaEval 2.0 leaderboard from annotation files: for every model AlpacaEval's
 * {@code win_rate}, {@code standard_error}, {@code n_wins}, {@code n_wins_base}, {@code n_draws},
 * {@code n_total}, {@code discrete_win_rate} ({@link AlpacaWinRate}, exact), {@code avg_length},
 * and the length-controlled win rate two ways:
 *
 * <ul>
 *   <li><b>published weights</b>: AlpacaEval's fitted GLM weights for the model, averaged over the
 *       instruction difficulties. AlpacaEval's own {@code instruction_difficulty.csv} is not
 *       public data here, so the difficulties are estimated from the annotations of the models that
 *       have published weights ({@link InstructionDifficulty#givenWeights});
 *   <li><b>fitted</b>: our own fit of AlpacaEval's GLM ({@link LengthControlledWinRate#fit}, C by
 *       5-fold cross-validation) on the same difficulties, or, without any published weights, on
 *       difficulties from AlpacaEval's joint model ({@link InstructionDifficulty#joint}, C = 10).
 *       Annotation sets of the baseline's gamed variants ({@code <baseline>_verbose/_concise}) are
 *       used as regularisation rows, as in {@code length_controlled_v1}.
 * </ul>
 *
 * <p>docs/stats-fidelity.md gives the measured distance of each path to the published leaderboard.
 *
 * <pre>{@code
 * List<AnnotationSet> sets = AnnotationReader.readAll(List.of(Path.of("annotations/")));
 * Map<String, GlmWeights> w = PublishedLeaderboard.readWeights(Path.of("baseline_gpt4_1106_preview.csv"));
 * AlpacaEvalResult r = AlpacaEvalLeaderboard.compute(sets, w, AlpacaEvalLeaderboard.Options.defaults());
 * }</pre>
 */
public final class AlpacaEvalLeaderboard {
  private AlpacaEvalLeaderboard() {}

  /**
   * Settings.
   *
   * @param fit whether to fit the GLM per model (the slow part: about a second per model)
   * @param glm the GLM fit's settings (AlpacaEval's by default)
   * @param jointC inverse L1 strength of the joint difficulty model when no weights are given
   * @param difficulty settings of the difficulty estimate
   */
  public record Options(
      boolean fit, LengthControlledWinRate.Config glm, double jointC, InstructionDifficulty.Config difficulty) {
    /** Validates. */
    public Options {
      Objects.requireNonNull(glm, "glm");
      Objects.requireNonNull(difficulty, "difficulty");
      if (!(jointC > 0) || !Double.isFinite(jointC)) {
        throw new IllegalArgumentException("jointC: expected a positive finite number, found " + jointC);
      }
    }

    /** Fit on; AlpacaEval's GLM settings; joint C = 10. */
    public static Options defaults() {
      return new Options(true, LengthControlledWinRate.Config.alpacaEval(), 10.0, InstructionDifficulty.Config.defaults());
    }

    /** The same without the per-model fit. */
    public Options withoutFit() {
      return new Options(false, glm, jointC, difficulty);
    }
  }

  /**
   * Computes the leaderboard.
   *
   * @param sets one annotation set per model (unique names)
   * @param publishedWeights AlpacaEval's GLM weights by model name; may be empty
   * @throws AssayInputException if a set has no valid preference or the GLM cannot be fitted on it
   */
  public static AlpacaEvalResult compute(
      List<AnnotationSet> sets, Map<String, GlmWeights> publishedWeights, Options options) {
    Objects.requireNonNull(publishedWeights, "publishedWeights");
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, InstructionDifficulty.ModelAnnotations> annotations = new HashMap<>();
    for (AnnotationSet s : sets) {
      int[] idx = new int[s.annotations().size()];
      List<LengthControlledWinRate.Row> rows = new ArrayList<>();
      for (int k = 0; k < idx.length; k++) {
        Annotation a = s.annotations().get(k);
        idx[k] = index.computeIfAbsent(a.instruction(), x -> index.size());
        rows.add(new LengthControlledWinRate.Row(a.glmPreference(), a.length1(), a.length2(), 0));
      }
      annotations.put(s.model(), new InstructionDifficulty.ModelAnnotations(s.model(), idx, rows));
    }
    List<AnnotationSet> weighted =
        sets.stream().filter(s -> !s.isBaseline() && publishedWeights.containsKey(s.model())).toList();
    List<AnnotationSet> contenders = sets.stream().filter(s -> !s.isBaseline()).toList();
    double[] d = null;
    String source = "none";
    double dC = Double.NaN;
    List<String> used = List.of();
    if (weighted.size() >= 2) {
      InstructionDifficulty.Estimate e =
          InstructionDifficulty.givenWeights(
              index.size(),
              weighted.stream().map(s -> annotations.get(s.model())).toList(),
              weighted.stream().map(s -> publishedWeights.get(s.model())).toList(),
              options.difficulty());
      d = e.difficulties();
      source = "published_weights";
      dC = e.c();
      used = weighted.stream().map(AnnotationSet::model).toList();
    } else if (options.fit() && !contenders.isEmpty()) {
      InstructionDifficulty.Estimate e =
          InstructionDifficulty.joint(
              index.size(),
              contenders.stream().map(s -> annotations.get(s.model())).toList(),
              options.jointC(),
              options.difficulty());
      d = e.difficulties();
      source = "joint";
      dC = options.jointC();
      used = contenders.stream().map(AnnotationSet::model).toList();
    }
    List<LeaderboardEntry> entries = new ArrayList<>();
    for (AnnotationSet s : sets) {
      entries.add(entry(s, annotations, sets, publishedWeights.get(s.model()), d, options));
    }
    entries.sort(
        Comparator.comparingDouble((LeaderboardEntry e) -> Double.isNaN(e.lengthControlledWinRate()) ? Double.NEGATIVE_INFINITY : e.lengthControlledWinRate())
            .thenComparingDouble(e -> e.winRate().winRate())
            .reversed());
    return new AlpacaEvalResult(entries, index.size(), source, dC, used);
  }

  private static LeaderboardEntry entry(
      AnnotationSet s,
      Map<String, InstructionDifficulty.ModelAnnotations> annotations,
      List<AnnotationSet> sets,
      GlmWeights published,
      double[] d,
      Options options) {
    WinRateResult w;
    try {
      w = AlpacaWinRate.compute(s.preferences());
    } catch (IllegalArgumentException e) {
      throw new AssayInputException(s.source() + ": " + e.getMessage(), e);
    }
    long dropped = s.annotations().stream().filter(a -> !a.valid()).count();
    long n = s.annotations().size();
    String glm = d == null ? "length_controlled_minimal" : "length_controlled_noreg";
    if (s.isBaseline()) {
      LengthControlledResult b = LengthControlledWinRate.baselineAgainstItself(s.annotations().size());
      return new LeaderboardEntry(s.model(), n, dropped, w, s.averageLength(), b.winRate(), b.standardError(),
          "baseline", b.winRate(), b.standardError(), b.winRate(), b.standardError(), GlmWeights.ZERO, Double.NaN, glm);
    }
    List<LengthControlledWinRate.Row> rows = withDifficulty(annotations.get(s.model()), d);
    double lcP = Double.NaN;
    double seP = Double.NaN;
    if (published != null && d != null) {
      LengthControlledResult p =
          LengthControlledWinRate.predict(published, rows.stream().mapToDouble(LengthControlledWinRate.Row::difficulty).toArray());
      lcP = p.winRate();
      seP = p.standardError();
    }
    double lcF = Double.NaN;
    double seF = Double.NaN;
    GlmWeights fitted = null;
    double c = Double.NaN;
    if (options.fit()) {
      List<List<LengthControlledWinRate.Row>> gamed = new ArrayList<>();
      if (d != null) {
        for (AnnotationSet g : sets) {
          if (g != s && g.isGamedBaseline() && g.baseline().equals(s.baseline())) {
            gamed.add(withDifficulty(annotations.get(g.model()), d));
          }
        }
      }
      if (!gamed.isEmpty()) {
        glm = "length_controlled_v1";
      }
      try {
        LengthControlledResult f = LengthControlledWinRate.fit(rows, gamed, options.glm());
        lcF = f.winRate();
        seF = f.standardError();
        fitted = f.weights();
        c = f.c();
      } catch (IllegalArgumentException e) {
        throw new AssayInputException(s.source() + ": length-controlled GLM: " + e.getMessage(), e);
      }
    }
    boolean usePublished = !Double.isNaN(lcP);
    String method = usePublished ? "published_weights" : options.fit() ? "fitted" : "none";
    return new LeaderboardEntry(s.model(), n, dropped, w, s.averageLength(),
        usePublished ? lcP : lcF, usePublished ? seP : seF, method, lcP, seP, lcF, seF, fitted, c, glm);
  }

  private static List<LengthControlledWinRate.Row> withDifficulty(
      InstructionDifficulty.ModelAnnotations m, double[] d) {
    if (d == null) {
      return m.rows();
    }
    int[] idx = m.instructions();
    List<LengthControlledWinRate.Row> out = new ArrayList<>(idx.length);
    for (int k = 0; k < idx.length; k++) {
      LengthControlledWinRate.Row r = m.rows().get(k);
      out.add(new LengthControlledWinRate.Row(r.preference(), r.length1(), r.length2(), d[idx[k]]));
    }
    return out;
  }
}
