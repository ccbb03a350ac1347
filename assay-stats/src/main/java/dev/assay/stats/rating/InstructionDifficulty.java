package dev.assay.stats.rating;

import dev.assay.stats.math.Logistic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Estimates the per-instruction difficulty term of AlpacaEval's length-controlled GLM from several
 * models' annotations, for users who do not have AlpacaEval's {@code instruction_difficulty.csv}.
 *
 * <p>AlpacaEval produced that file once (notebook {@code notebooks/instruction_difficulty.ipynb})
 * from a joint L1 logistic regression over all leaderboard models: {@code logit P(model m wins on
 * instruction i) = a_m + c_m tanh(std_delta_len_mi) + d_i} (per-model bias and length slope,
 * per-instruction offset {@code d_i}), C by cross-validation; {@code d_i} is the difficulty. Two
 * ways to recover it are offered:
 *
 * <ul>
 *   <li>{@link #givenWeights}: when each model's published GLM weights are known, {@code d_i} is
 *       the maximum a-posteriori solution of a one-parameter logistic regression over the models
 *       that annotated instruction {@code i}, with offsets {@code w_length t_mi + w_model}, slope
 *       {@code w_difficulty} and a Gaussian penalty {@code d_i^2 / 2} (objective {@code C * loss +
 *       d_i^2 / 2}), which keeps instructions that every model loses (or wins) finite. C is chosen
 *       among {@link Config#cs()} by leave-one-model-out cross-validation of the soft-label log
 *       loss of the held-out model's preferences. On the 12 weighted models of the reference data
 *       the Gaussian penalty had lower held-out log loss than AlpacaEval's L1 (1885.7 against
 *       1899.5 at the best C of each), so it is used here. This puts {@code d} on the scale and
 *       origin of those weights, which the published model terms need.
 *   <li>{@link #joint}: without weights, AlpacaEval's joint model itself, fitted by block
 *       coordinate descent (each model's {@code (c_m, a_m)}, then each {@code d_i}, each block an
 *       exact L1 logistic fit; after each sweep the common shift of {@code d} against {@code a},
 *       which leaves the likelihood unchanged, is set to minimise the penalty). The problem is
 *       convex, so the sweeps converge to its minimum. Unlike AlpacaEval, no instruction is pinned
 *       to 0 (the penalty fixes the origin) and there is no shared {@code not_gamed_baseline} term
 *       (it is collinear with the per-model biases).
 * </ul>
 *
 * <pre>{@code
 * List<InstructionDifficulty.ModelAnnotations> models = ...;   // rows aligned to 805 instructions
 * Estimate e = InstructionDifficulty.givenWeights(805, models, publishedWeights, Config.defaults());
 * Estimate j = InstructionDifficulty.joint(805, models, 10.0, Config.defaults());
 * double[] d = e.difficulties();
 * }</pre>
 */
public final class InstructionDifficulty {
  private InstructionDifficulty() {}

  /**
   * One model's annotations.
   *
   * @param model the model's name (for messages)
   * @param instructions for each row, the index of its instruction among all instructions
   * @param rows the annotations (their {@code difficulty} is ignored)
   */
  public record ModelAnnotations(String model, int[] instructions, List<LengthControlledWinRate.Row> rows) {
    /** Validates and copies. */
    public ModelAnnotations {
      Objects.requireNonNull(model, "model");
      instructions = instructions.clone();
      rows = List.copyOf(rows);
      if (instructions.length != rows.size()) {
        throw new IllegalArgumentException(
            model + ": expected one instruction index per row, found " + instructions.length
                + " indices for " + rows.size() + " rows");
      }
    }

    @Override
    public int[] instructions() {
      return instructions.clone();
    }
  }

  /**
   * Settings.
   *
   * @param cs candidate inverse penalty strengths for {@link #givenWeights} (cross-validated)
   * @param tolerance relative tolerance of each {@link L1LogisticRegression} fit
   * @param maxSweeps cap on block-coordinate sweeps in {@link #joint}
   */
  public record Config(List<Double> cs, double tolerance, int maxSweeps) {
    /** Validates and copies. */
    public Config {
      cs = List.copyOf(cs);
      if (cs.isEmpty() || cs.stream().anyMatch(c -> !(c > 0) || !Double.isFinite(c))) {
        throw new IllegalArgumentException("cs: expected positive finite values of C, found " + cs);
      }
      if (!(tolerance > 0) || maxSweeps < 1) {
        throw new IllegalArgumentException("tolerance and maxSweeps: expected positive values");
      }
    }

    /** C in {@code 10^(-1)} to {@code 10^3}, three per decade; tolerance 1e-10 (relative, of each block fit); 2,000 sweeps. */
    public static Config defaults() {
      List<Double> cs = new ArrayList<>();
      for (int k = 0; k <= 12; k++) {
        cs.add(Math.pow(10, -1 + k / 3.0));
      }
      return new Config(cs, 1e-10, 2000);
    }
  }

  /**
   * Estimated difficulties.
   *
   * @param difficulties one per instruction (0 where no model annotated it)
   * @param c the inverse penalty strength used
   * @param biases per-model bias {@code a_m} ({@link #joint} only; else empty)
   * @param lengthSlopes per-model length slope {@code c_m} ({@link #joint} only; else empty)
   * @param sweeps block-coordinate sweeps ({@link #joint}) or 0
   */
  public record Estimate(
      double[] difficulties, double c, List<Double> biases, List<Double> lengthSlopes, int sweeps) {
    @Override
    public double[] difficulties() {
      return difficulties.clone();
    }
  }

  /** The cells (model, row) of each instruction: label, length feature and model index. */
  private record Cells(int[][] model, double[][] label, double[][] feature) {
    static Cells of(int instructions, List<ModelAnnotations> models) {
      List<List<int[]>> at = new ArrayList<>();
      for (int i = 0; i < instructions; i++) {
        at.add(new ArrayList<>());
      }
      double[][] features = new double[models.size()][];
      for (int m = 0; m < models.size(); m++) {
        ModelAnnotations a = models.get(m);
        features[m] = LengthControlledWinRate.lengthFeature(a.rows());
        for (int k = 0; k < a.instructions.length; k++) {
          int i = a.instructions[k];
          if (i < 0 || i >= instructions) {
            throw new IllegalArgumentException(
                a.model() + ": row " + k + ": instruction index " + i + " outside [0, " + instructions + ")");
          }
          if (!Double.isNaN(a.rows().get(k).preference())) {
            at.get(i).add(new int[] {m, k});
          }
        }
      }
      int[][] model = new int[instructions][];
      double[][] label = new double[instructions][];
      double[][] feature = new double[instructions][];
      for (int i = 0; i < instructions; i++) {
        List<int[]> cells = at.get(i);
        model[i] = new int[cells.size()];
        label[i] = new double[cells.size()];
        feature[i] = new double[cells.size()];
        for (int j = 0; j < cells.size(); j++) {
          int m = cells.get(j)[0];
          int k = cells.get(j)[1];
          model[i][j] = m;
          label[i][j] = models.get(m).rows().get(k).label();
          feature[i][j] = features[m][k];
        }
      }
      return new Cells(model, label, feature);
    }
  }

  /**
   * Difficulties from known per-model GLM weights (see the class comment).
   *
   * @param instructions number of distinct instructions
   * @param models annotations of at least two models
   * @param weights each model's GLM weights, in the order of {@code models}
   * @throws IllegalArgumentException if fewer than two models or the lists differ in length
   */
  public static Estimate givenWeights(
      int instructions, List<ModelAnnotations> models, List<GlmWeights> weights, Config config) {
    if (models.size() < 2) {
      throw new IllegalArgumentException(
          "models: expected at least 2 for leave-one-model-out cross-validation, found " + models.size());
    }
    if (weights.size() != models.size()) {
      throw new IllegalArgumentException(
          "weights: expected one per model (" + models.size() + "), found " + weights.size());
    }
    Cells cells = Cells.of(instructions, models);
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestC = config.cs().get(0);
    for (double c : config.cs()) {
      double loss = 0;
      for (int held = 0; held < models.size(); held++) {
        for (int i = 0; i < instructions; i++) {
          int heldCell = indexOf(cells.model()[i], held);
          if (heldCell < 0) {
            continue;
          }
          double d = solveRidge(cells, i, weights, held, c);
          GlmWeights w = weights.get(held);
          double q = w.predict(cells.feature()[i][heldCell], d);
          q = Math.min(1 - 1e-15, Math.max(1e-15, q));
          double y = cells.label()[i][heldCell];
          loss -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
        }
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        bestC = c;
      }
    }
    double[] d = new double[instructions];
    for (int i = 0; i < instructions; i++) {
      d[i] = solveRidge(cells, i, weights, -1, bestC);
    }
    return new Estimate(d, bestC, List.of(), List.of(), 0);
  }

  private static double solveOne(
      Cells cells, int i, List<GlmWeights> weights, int excluded, double c, double tolerance) {
    int[] ms = cells.model()[i];
    int n = ms.length - (indexOf(ms, excluded) >= 0 ? 1 : 0);
    if (n == 0) {
      return 0;
    }
    double[][] x = new double[n][1];
    double[] y = new double[n];
    double[] o = new double[n];
    for (int j = 0, r = 0; j < ms.length; j++) {
      if (ms[j] == excluded) {
        continue;
      }
      GlmWeights w = weights.get(ms[j]);
      x[r][0] = w.difficulty();
      y[r] = cells.label()[i][j];
      o[r++] = w.length() * cells.feature()[i][j] + w.model();
    }
    return L1LogisticRegression.fit(x, y, null, o, c, null, tolerance).weights()[0];
  }

  /**
   * The maximum a-posteriori d_i under a standard normal prior scaled by C: minimises {@code C *
   * sum_m loss_m(d) + d^2 / 2} by Newton's method with backtracking (strictly convex).
   */
  private static double solveRidge(Cells cells, int i, List<GlmWeights> weights, int excluded, double c) {
    int[] ms = cells.model()[i];
    double d = 0;
    for (int iter = 0; iter < 200; iter++) {
      double g = d;
      double h = 1;
      for (int j = 0; j < ms.length; j++) {
        if (ms[j] == excluded) {
          continue;
        }
        GlmWeights w = weights.get(ms[j]);
        double q = w.predict(cells.feature()[i][j], d);
        g += c * w.difficulty() * (q - cells.label()[i][j]);
        h += c * w.difficulty() * w.difficulty() * q * (1 - q);
      }
      if (Math.abs(g) <= 1e-12 * Math.max(1, c * ms.length)) {
        return d;
      }
      double step = g / h;
      double f0 = ridgeObjective(cells, i, weights, excluded, c, d);
      double beta = 1;
      while (beta > 1e-10 && ridgeObjective(cells, i, weights, excluded, c, d - beta * step) > f0) {
        beta *= 0.5;
      }
      if (beta <= 1e-10 || Math.abs(beta * step) <= 1e-15 * Math.max(1, Math.abs(d))) {
        return d;
      }
      d -= beta * step;
    }
    return d;
  }

  private static double ridgeObjective(
      Cells cells, int i, List<GlmWeights> weights, int excluded, double c, double d) {
    int[] ms = cells.model()[i];
    double f = d * d / 2;
    for (int j = 0; j < ms.length; j++) {
      if (ms[j] == excluded) {
        continue;
      }
      GlmWeights w = weights.get(ms[j]);
      double z = w.length() * cells.feature()[i][j] + w.difficulty() * d + w.model();
      f += c * (Logistic.softplus(z) - cells.label()[i][j] * z);
    }
    return f;
  }

  private static int indexOf(int[] a, int v) {
    for (int j = 0; j < a.length; j++) {
      if (a[j] == v) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Difficulties from AlpacaEval's joint model, fitted with a fixed C (see the class comment).
   *
   * @param instructions number of distinct instructions
   * @param models annotations of the models (the more, and the more varied in strength, the better)
   * @param c inverse L1 penalty strength
   * @throws ArithmeticException if the sweeps do not converge within {@code config.maxSweeps()}
   */
  public static Estimate joint(int instructions, List<ModelAnnotations> models, double c, Config config) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("models: expected at least one, found none");
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException("c: expected a positive finite number, found " + c);
    }
    Cells cells = Cells.of(instructions, models);
    int mCount = models.size();
    double[][] t = new double[mCount][];
    double[][] y = new double[mCount][];
    int[][] idx = new int[mCount][];
    for (int m = 0; m < mCount; m++) {
      ModelAnnotations a = models.get(m);
      t[m] = LengthControlledWinRate.lengthFeature(a.rows());
      y[m] = a.rows().stream().mapToDouble(LengthControlledWinRate.Row::label).toArray();
      idx[m] = a.instructions;
    }
    double[] d = new double[instructions];
    double[][] ab = new double[mCount][2]; // {length slope, bias}
    for (int sweep = 1; sweep <= config.maxSweeps(); sweep++) {
      double change = 0;
      for (int m = 0; m < mCount; m++) {
        List<double[]> x = new ArrayList<>();
        List<double[]> yo = new ArrayList<>();
        for (int k = 0; k < y[m].length; k++) {
          if (!Double.isNaN(y[m][k])) {
            x.add(new double[] {t[m][k], 1});
            yo.add(new double[] {y[m][k], d[idx[m][k]]});
          }
        }
        double[] next =
            L1LogisticRegression.fit(
                    x.toArray(new double[0][]),
                    yo.stream().mapToDouble(v -> v[0]).toArray(),
                    null,
                    yo.stream().mapToDouble(v -> v[1]).toArray(),
                    c,
                    ab[m],
                    config.tolerance())
                .weights();
        change = Math.max(change, Math.max(Math.abs(next[0] - ab[m][0]), Math.abs(next[1] - ab[m][1])));
        ab[m] = next;
      }
      List<GlmWeights> asWeights = new ArrayList<>();
      for (double[] w : ab) {
        asWeights.add(new GlmWeights(w[0], 1, w[1]));
      }
      for (int i = 0; i < instructions; i++) {
        double next = solveOne(cells, i, asWeights, -1, c, config.tolerance());
        change = Math.max(change, Math.abs(next - d[i]));
        d[i] = next;
      }
      change = Math.max(change, recentre(d, ab));
      if (change <= 1e-9) {
        List<Double> biases = Arrays.stream(ab).map(w -> w[1]).toList();
        List<Double> slopes = Arrays.stream(ab).map(w -> w[0]).toList();
        return new Estimate(d, c, biases, slopes, sweep);
      }
    }
    throw new ArithmeticException(
        "joint difficulty fit did not converge in " + config.maxSweeps() + " sweeps");
  }

  /**
   * Moves the common shift (d + delta, a - delta), which leaves every logit unchanged, to where
   * the L1 penalty is smallest: delta is a median of {-d_i} and {a_m}. Returns |delta|.
   */
  private static double recentre(double[] d, double[][] ab) {
    double[] points = new double[d.length + ab.length];
    for (int i = 0; i < d.length; i++) {
      points[i] = -d[i];
    }
    for (int m = 0; m < ab.length; m++) {
      points[d.length + m] = ab[m][1];
    }
    Arrays.sort(points);
    int n = points.length;
    // Any point between the two middle values minimises the sum; keep 0 if it lies there.
    double lo = points[(n - 1) / 2];
    double hi = points[n / 2];
    double delta = Math.max(lo, Math.min(hi, 0));
    if (delta != 0) {
      for (int i = 0; i < d.length; i++) {
        d[i] += delta;
      }
      for (double[] w : ab) {
        w[1] -= delta;
      }
    }
    return Math.abs(delta);
  }
}
