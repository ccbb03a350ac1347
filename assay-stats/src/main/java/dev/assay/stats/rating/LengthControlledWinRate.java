package dev.assay.stats.rating;

import dev.assay.stats.math.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * AlpacaEval 2.0's length-controlled win rate ({@code alpaca_eval.metrics.glm_winrate}, GLM
 * {@code length_controlled_v1}).
 *
 * <p>Per model, a logistic regression with soft labels {@code y = preference - 1} (a preference of
 * 0 is read as the draw 1.5; a missing one, {@code NaN}, is left out of the fit but still
 * predicted) on three features and no intercept:
 *
 * <ol>
 *   <li>{@code tanh(std_delta_len)}, where {@code delta_len = len(output_1) - len(output_2)} (baseline
 *       minus model, in code points) and {@code std_delta_len = delta_len / std(delta_len)} (sample
 *       standard deviation over the model's instructions, ddof = 1; not centred);
 *   <li>the instruction's difficulty (estimated once across many models, see {@link
 *       InstructionDifficulty});
 *   <li>{@code not_gamed_baseline}: 1 on the model's rows, 0 on the regularisation rows.
 * </ol>
 *
 * <p>Regularisation towards the baseline: AlpacaEval appends the annotations of the baseline
 * prompted to be verbose and to be concise ({@code gpt4_1106_preview_verbose}, {@code
 * gpt4_1106_preview_concise}) with {@code not_gamed_baseline = 0} and row weight {@code lambda / 2}
 * ({@code lambda = 0.2}), so the length and difficulty weights must also explain how the baseline
 * gains or loses purely by changing its length. Here any number k of such sets can be given; each
 * gets weight {@code lambda / k} and its own length standardisation. With none, the fit is
 * AlpacaEval's {@code length_controlled_noreg}.
 *
 * <p>Fit: L1 penalty (scikit-learn {@code LogisticRegressionCV(penalty="l1", solver="liblinear",
 * fit_intercept=False)}), the inverse strength C chosen among {@link Config#cs()} by k-fold
 * cross-validation on the weighted soft-label log loss (predictions clipped to [1e-15, 1 - 1e-15]),
 * mean over folds, ties to the smaller C; then refitted on all rows. AlpacaEval's folds come from
 * {@code GroupKFold}, whose assignment of equal-sized groups depends on NumPy's unstable argsort;
 * here row {@code r} (regularisation rows first, then the model's) goes to fold {@code r mod k}.
 *
 * <p>Result: {@code length_controlled_winrate} is the mean, over all the model's instructions, of
 * {@code sigmoid(w_difficulty * d_i + w_model)} (the length feature set to 0), times 100.
 *
 * <pre>{@code
 * List<Row> rows = ...;  // one per instruction: preference, the two lengths, difficulty
 * LengthControlledResult r = LengthControlledWinRate.fit(rows, List.of(), Config.alpacaEval());
 * LengthControlledResult q = LengthControlledWinRate.predict(publishedWeights, difficulties);
 * }</pre>
 */
public final class LengthControlledWinRate {
  private static final double CLIP = 1e-15;

  private LengthControlledWinRate() {}

  /**
   * One annotated instruction.
   *
   * @param preference AlpacaEval preference in [1, 2] (2 = the model's output_2 preferred), 0 for
   *     a draw, {@code NaN} if not annotated
   * @param length1 length of the baseline's output_1 in code points (Python's {@code len})
   * @param length2 length of the model's output_2 in code points
   * @param difficulty the instruction's difficulty ({@code 0} everywhere for AlpacaEval's {@code
   *     length_controlled_minimal} GLM)
   */
  public record Row(double preference, long length1, long length2, double difficulty) {
    /** Validates the row. */
    public Row {
      if (!Double.isNaN(preference) && preference != 0 && !(preference >= 1 && preference <= 2)) {
        throw new IllegalArgumentException(
            "preference: expected a number in [1, 2], 0 or NaN, found " + preference);
      }
      if (length1 < 0 || length2 < 0) {
        throw new IllegalArgumentException(
            "lengths: expected non-negative output lengths, found " + length1 + ", " + length2);
      }
      if (!Double.isFinite(difficulty)) {
        throw new IllegalArgumentException("difficulty: expected a finite number, found " + difficulty);
      }
    }

    /** The soft label {@code preference - 1} (0 read as 1.5), or {@code NaN} if not annotated. */
    public double label() {
      return preference == 0 ? 0.5 : preference - 1;
    }
  }

  /**
   * How to fit.
   *
   * @param cs candidate inverse penalty strengths (positive); one value skips cross-validation
   * @param folds cross-validation folds (at least 2; unused with one C)
   * @param baselineRegularization AlpacaEval's {@code regularize_to_baseline_lambda}: total row
   *     weight of the gamed-baseline rows relative to the model's rows
   * @param tolerance relative tolerance of {@link L1LogisticRegression}
   */
  public record Config(List<Double> cs, int folds, double baselineRegularization, double tolerance) {
    /** Validates and copies. */
    public Config {
      cs = List.copyOf(Objects.requireNonNull(cs, "cs"));
      if (cs.isEmpty()) {
        throw new IllegalArgumentException("cs: expected at least one value of C, found none");
      }
      for (double c : cs) {
        if (!(c > 0) || !Double.isFinite(c)) {
          throw new IllegalArgumentException("cs: expected positive finite values, found " + c);
        }
      }
      if (cs.size() > 1 && folds < 2) {
        throw new IllegalArgumentException("folds: expected at least 2, found " + folds);
      }
      if (!(baselineRegularization >= 0) || !Double.isFinite(baselineRegularization)) {
        throw new IllegalArgumentException(
            "baselineRegularization: expected a finite number >= 0, found " + baselineRegularization);
      }
      if (!(tolerance > 0)) {
        throw new IllegalArgumentException("tolerance: expected a positive number, found " + tolerance);
      }
    }

    /** AlpacaEval's settings: C in {@code np.logspace(-4, 4, 10)}, 5 folds, lambda 0.2. */
    public static Config alpacaEval() {
      List<Double> cs = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        cs.add(Math.pow(10, -4 + 8.0 * k / 9));
      }
      return new Config(cs, 5, 0.2, L1LogisticRegression.DEFAULT_TOLERANCE);
    }

    /** The same settings with a single, fixed C (no cross-validation). */
    public Config withC(double c) {
      return new Config(List.of(c), folds, baselineRegularization, tolerance);
    }
  }

  /**
   * Fits the GLM for one model and returns its length-controlled win rate.
   *
   * @param rows the model's annotations, one per instruction
   * @param gamedBaselines annotations of the baseline prompted to game length (AlpacaEval's
   *     verbose and concise baselines), each a list of rows; may be empty
   * @throws IllegalArgumentException if no row is annotated or there are fewer rows than folds
   */
  public static LengthControlledResult fit(
      List<Row> rows, List<List<Row>> gamedBaselines, Config config) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(gamedBaselines, "gamedBaselines");
    Objects.requireNonNull(config, "config");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows: expected at least one instruction, found none");
    }
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    for (List<Row> gamed : gamedBaselines) {
      if (gamed.isEmpty()) {
        throw new IllegalArgumentException("gamedBaselines: expected non-empty annotation sets");
      }
      addTrainingRows(gamed, 0, config.baselineRegularization() / gamedBaselines.size(), x, y, s);
    }
    int modelRows = addTrainingRows(rows, 1, 1, x, y, s);
    if (modelRows == 0) {
      throw new IllegalArgumentException(
          "rows: expected at least one annotated instruction (preference not NaN), found none");
    }
    double[][] xa = x.toArray(new double[0][]);
    double[] ya = y.stream().mapToDouble(Double::doubleValue).toArray();
    double[] sa = s.stream().mapToDouble(Double::doubleValue).toArray();
    double c = config.cs().size() == 1 ? config.cs().get(0) : crossValidate(xa, ya, sa, config);
    double[] w = L1LogisticRegression.fit(xa, ya, sa, null, c, null, config.tolerance()).weights();
    GlmWeights weights = new GlmWeights(w[0], w[1], w[2]);
    double[] d = rows.stream().mapToDouble(Row::difficulty).toArray();
    LengthControlledResult p = predict(weights, d);
    return new LengthControlledResult(p.winRate(), p.standardError(), weights, c, xa.length, d.length);
  }

  /**
   * The prediction-only path ({@code alpaca_eval.metrics.glm_winrate.predict_winrate} against a
   * baseline whose weights are zero): the length-controlled win rate from given weights and the
   * difficulties of the instructions to average over.
   *
   * @throws IllegalArgumentException if there is no difficulty or one is not finite
   */
  public static LengthControlledResult predict(GlmWeights weights, double[] difficulties) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(difficulties, "difficulties");
    int n = difficulties.length;
    if (n == 0) {
      throw new IllegalArgumentException("difficulties: expected at least one, found none");
    }
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(difficulties[i])) {
        throw new IllegalArgumentException(
            "difficulties: expected finite values, found " + difficulties[i] + " at " + i);
      }
      p[i] = weights.predict(0, difficulties[i]);
    }
    double mean = PairwiseSum.sum(p, 0, n) / n;
    double se = Double.NaN;
    if (n > 1) {
      double[] sq = new double[n];
      for (int i = 0; i < n; i++) {
        sq[i] = (p[i] - mean) * (p[i] - mean);
      }
      se = Math.sqrt(PairwiseSum.sum(sq, 0, n) / (n - 1) / n);
    }
    return new LengthControlledResult(mean * 100, se * 100, weights, Double.NaN, 0, n);
  }

  /**
   * The baseline against itself: AlpacaEval does not fit, it sets every weight to 0 and every
   * prediction to 0.5 (win rate 50, standard error 0).
   */
  public static LengthControlledResult baselineAgainstItself(int instructions) {
    return new LengthControlledResult(50.0, 0.0, GlmWeights.ZERO, Double.NaN, 0, instructions);
  }

  /**
   * {@code tanh(std_delta_len)} for each row: {@code delta = length1 - length2} divided by its
   * sample standard deviation (ddof = 1) over all rows. If that deviation is 0 or undefined (all
   * deltas equal, or one row) the feature is 0: length then carries no information.
   */
  public static double[] lengthFeature(List<Row> rows) {
    int n = rows.size();
    double[] delta = new double[n];
    for (int i = 0; i < n; i++) {
      delta[i] = (double) rows.get(i).length1() - rows.get(i).length2();
    }
    double mean = n == 0 ? 0 : PairwiseSum.sum(delta, 0, n) / n;
    double[] sq = new double[n];
    for (int i = 0; i < n; i++) {
      sq[i] = (delta[i] - mean) * (delta[i] - mean);
    }
    double sd = n < 2 ? 0 : Math.sqrt(PairwiseSum.sum(sq, 0, n) / (n - 1));
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = sd > 0 ? Math.tanh(delta[i] / sd) : 0;
    }
    return t;
  }

  private static int addTrainingRows(
      List<Row> rows, double notGamed, double weight, List<double[]> x, List<Double> y, List<Double> s) {
    double[] t = lengthFeature(rows);
    int added = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (Double.isNaN(r.preference())) {
        continue;
      }
      x.add(new double[] {t[i], r.difficulty(), notGamed});
      y.add(r.label());
      s.add(weight);
      added++;
    }
    return added;
  }

  private static double crossValidate(double[][] x, double[] y, double[] s, Config config) {
    int n = x.length;
    int k = config.folds();
    if (n < k) {
      throw new IllegalArgumentException(
          "rows: expected at least " + k + " annotated rows for " + k + "-fold cross-validation, found " + n);
    }
    List<Double> cs = config.cs();
    double[] loss = new double[cs.size()];
    for (int fold = 0; fold < k; fold++) {
      int nTest = 0;
      for (int r = fold; r < n; r += k) {
        nTest++;
      }
      double[][] xt = new double[n - nTest][];
      double[] yt = new double[n - nTest];
      double[] st = new double[n - nTest];
      for (int r = 0, j = 0; r < n; r++) {
        if (r % k != fold) {
          xt[j] = x[r];
          yt[j] = y[r];
          st[j++] = s[r];
        }
      }
      double[] start = null;
      for (int ci = 0; ci < cs.size(); ci++) {
        double[] w =
            L1LogisticRegression.fit(xt, yt, st, null, cs.get(ci), start, config.tolerance()).weights();
        start = w;
        double sum = 0;
        for (int r = fold; r < n; r += k) {
          double z = 0;
          for (int j = 0; j < w.length; j++) {
            z += x[r][j] * w[j];
          }
          double q = Math.min(1 - CLIP, Math.max(CLIP, Logistic.sigmoid(z)));
          sum -= s[r] * (y[r] * Math.log(q) + (1 - y[r]) * Math.log(1 - q));
        }
        loss[ci] += sum / nTest / k;
      }
    }
    int best = 0;
    for (int ci = 1; ci < cs.size(); ci++) {
      if (loss[ci] < loss[best]) {
        best = ci;
      }
    }
    return cs.get(best);
  }
}
