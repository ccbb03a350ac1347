package dev.assay.stats.rating;

import dev.assay.stats.math.Logistic;
import java.util.Objects;

/**
 * L1-penalised logistic regression with soft labels, per-row weights and optional fixed offsets,
 * without an intercept: the model AlpacaEval's length-controlled GLM fits with scikit-learn's
 * {@code liblinear} solver. It minimises
 *
 * <pre>
 *   F(w) = ||w||_1 + C * sum_i s_i * [ Logistic.softplus(z_i) - y_i * z_i ],   z_i = x_i . w + o_i
 * </pre>
 *
 * <p>where {@code y_i} in [0, 1] is a soft label and {@code s_i >= 0} a row weight. This equals
 * liblinear's objective on AlpacaEval's duplicated data set (each row once with label 1 and weight
 * {@code y_i s_i}, once with label 0 and weight {@code (1 - y_i) s_i}).
 *
 * <p>Solver: proximal Newton (as in liblinear's newGLMNET): at each outer step the smooth part is
 * replaced by its second-order expansion and the L1-penalised quadratic is minimised by cyclic
 * coordinate descent; an Armijo backtracking line search on {@code F} then takes the step. The fit
 * stops when the largest violation of the optimality conditions (subgradient distance to zero) is
 * below {@code tolerance * max(1, C * sum s_i)}. Dense p-by-p Hessian: meant for few features.
 *
 * <pre>{@code
 * double[][] x = {{1, 0.2}, {1, -0.5}, {1, 1.5}};
 * double[] y = {0.9, 0.2, 0.7};
 * L1LogisticRegression.Fit f = L1LogisticRegression.fit(x, y, null, null, 10.0, null);
 * f.weights();   // coefficients, one per column of x
 * }</pre>
 */
public final class L1LogisticRegression {
  /** Default relative tolerance on the optimality violation. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  private static final int MAX_OUTER = 500;
  private static final int MAX_INNER = 100_000;
  private static final double ARMIJO = 0.01;

  private L1LogisticRegression() {}

  /**
   * The fitted coefficients.
   *
   * @param weights one coefficient per feature (column of x)
   * @param objective {@code F(w)} at the solution
   * @param iterations proximal Newton steps taken
   * @param violation largest optimality violation at the solution (absolute)
   */
  public record Fit(double[] weights, double objective, int iterations, double violation) {
    /** A copy of the weights. */
    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  /** {@link #fit(double[][], double[], double[], double[], double, double[], double)} with the default tolerance. */
  public static Fit fit(
      double[][] x, double[] y, double[] rowWeights, double[] offsets, double c, double[] start) {
    return fit(x, y, rowWeights, offsets, c, start, DEFAULT_TOLERANCE);
  }

  /**
   * Fits the model.
   *
   * @param x n rows of p features (p &ge; 1, all rows the same length, finite)
   * @param y n soft labels in [0, 1]
   * @param rowWeights n non-negative weights, or {@code null} for all ones
   * @param offsets n fixed offsets added to the linear predictor, or {@code null} for zeros
   * @param c inverse penalty strength, positive (scikit-learn's {@code C})
   * @param start starting coefficients (copied), or {@code null} for zeros
   * @param tolerance relative tolerance on the optimality violation, positive
   * @throws IllegalArgumentException on mismatched lengths or values out of range
   * @throws ArithmeticException if the solver does not converge within its iteration cap
   */
  public static Fit fit(
      double[][] x,
      double[] y,
      double[] rowWeights,
      double[] offsets,
      double c,
      double[] start,
      double tolerance) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    int n = x.length;
    if (n == 0) {
      throw new IllegalArgumentException("x: expected at least one row, found none");
    }
    int p = x[0].length;
    if (p == 0) {
      throw new IllegalArgumentException("x: expected at least one feature, found none");
    }
    check(y.length == n, "y: expected " + n + " labels, found " + y.length);
    check(rowWeights == null || rowWeights.length == n, "rowWeights: expected " + n + " values");
    check(offsets == null || offsets.length == n, "offsets: expected " + n + " values");
    check(start == null || start.length == p, "start: expected " + p + " values");
    check(c > 0 && Double.isFinite(c), "c: expected a positive finite number, found " + c);
    check(tolerance > 0, "tolerance: expected a positive number, found " + tolerance);
    double weightSum = 0;
    for (int i = 0; i < n; i++) {
      double si = rowWeights == null ? 1 : rowWeights[i];
      if (x[i].length != p
          || !(y[i] >= 0 && y[i] <= 1)
          || !(si >= 0 && Double.isFinite(si))
          || (offsets != null && !Double.isFinite(offsets[i]))
          || !allFinite(x[i])) {
        throw new IllegalArgumentException(describeRow(x[i], p, y[i], si, offsets, i));
      }
      weightSum += si;
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = c * (rowWeights == null ? 1 : rowWeights[i]);
    }
    double[] o = offsets == null ? new double[n] : offsets;
    double threshold = tolerance * Math.max(1, c * weightSum);
    return new Solver(x, y, s, o, p).run(start == null ? new double[p] : start.clone(), threshold);
  }

  private static boolean allFinite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }

  private static String describeRow(double[] xi, int p, double yi, double si, double[] offsets, int i) {
    if (xi.length != p) {
      return "x: row " + i + " has " + xi.length + " features, expected " + p;
    }
    if (!allFinite(xi)) {
      return "x: row " + i + ": expected finite features, found " + java.util.Arrays.toString(xi);
    }
    if (!(yi >= 0 && yi <= 1)) {
      return "y: row " + i + ": expected a label in [0, 1], found " + yi;
    }
    if (!(si >= 0 && Double.isFinite(si))) {
      return "rowWeights: row " + i + ": expected a finite weight >= 0, found " + si;
    }
    return "offsets: row " + i + ": expected a finite offset, found " + offsets[i];
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }



  private static final class Solver {
    final double[][] x;
    final double[] y;
    final double[] s;
    final double[] o;
    final int n;
    final int p;
    final double[] z;
    final double[] g;
    final double[] h;

    Solver(double[][] x, double[] y, double[] s, double[] o, int p) {
      this.x = x;
      this.y = y;
      this.s = s;
      this.o = o;
      this.n = x.length;
      this.p = p;
      this.z = new double[n];
      this.g = new double[p];
      this.h = new double[p * p];
    }

    Fit run(double[] w, double threshold) {
      double f = objective(w);
      double[] d = new double[p];
      double[] trial = new double[p];
      double violation = Double.NaN;
      for (int iter = 0; iter < MAX_OUTER; iter++) {
        derivatives(w);
        violation = violation(w);
        if (violation <= threshold) {
          return new Fit(w, f, iter, violation);
        }
        solveQuadratic(w, d);
        double delta = l1(w, d, 1) - l1(w, d, 0);
        for (int j = 0; j < p; j++) {
          delta += g[j] * d[j];
        }
        if (!(delta < 0) || negligible(d, w)) {
          // The predicted decrease is below rounding: optimal to machine precision.
          return new Fit(w, f, iter, violation);
        }
        double beta = 1;
        double ft = Double.NaN;
        boolean accepted = false;
        for (int k = 0; k < 40; k++) {
          for (int j = 0; j < p; j++) {
            trial[j] = w[j] + beta * d[j];
          }
          ft = objective(trial);
          if (ft < f && ft <= f + ARMIJO * beta * delta) {
            accepted = true;
            break;
          }
          beta *= 0.5;
        }
        if (!accepted) {
          // No strict decrease representable in floating point: optimal to machine precision.
          return new Fit(w, f, iter, violation);
        }
        System.arraycopy(trial, 0, w, 0, p);
        f = ft;
      }
      derivatives(w);
      violation = violation(w);
      if (violation <= threshold * 1e3) {
        return new Fit(w, f, MAX_OUTER, violation);
      }
      throw new ArithmeticException(
          "L1 logistic regression did not converge in " + MAX_OUTER + " steps (violation " + violation + ")");
    }

    double objective(double[] w) {
      double loss = 0;
      for (int i = 0; i < n; i++) {
        if (s[i] == 0) {
          continue;
        }
        double zi = o[i];
        double[] xi = x[i];
        for (int j = 0; j < p; j++) {
          zi += xi[j] * w[j];
        }
        loss += s[i] * (Logistic.softplus(zi) - y[i] * zi);
      }
      double pen = 0;
      for (double v : w) {
        pen += Math.abs(v);
      }
      return loss + pen;
    }

    void derivatives(double[] w) {
      java.util.Arrays.fill(g, 0);
      java.util.Arrays.fill(h, 0);
      for (int i = 0; i < n; i++) {
        if (s[i] == 0) {
          continue;
        }
        double[] xi = x[i];
        double zi = o[i];
        for (int j = 0; j < p; j++) {
          zi += xi[j] * w[j];
        }
        double q = Logistic.sigmoid(zi);
        double r = s[i] * (q - y[i]);
        double v = s[i] * q * (1 - q);
        for (int j = 0; j < p; j++) {
          g[j] += r * xi[j];
          double vx = v * xi[j];
          for (int k = 0; k <= j; k++) {
            h[j * p + k] += vx * xi[k];
          }
        }
      }
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < j; k++) {
          h[k * p + j] = h[j * p + k];
        }
      }
    }

    double violation(double[] w) {
      double worst = 0;
      for (int j = 0; j < p; j++) {
        double v;
        if (w[j] > 0) {
          v = Math.abs(g[j] + 1);
        } else if (w[j] < 0) {
          v = Math.abs(g[j] - 1);
        } else {
          v = Math.max(0, Math.abs(g[j]) - 1);
        }
        worst = Math.max(worst, v);
      }
      return worst;
    }

    /** Minimises g.d + d'Hd/2 + ||w + d||_1 over d by cyclic coordinate descent. */
    void solveQuadratic(double[] w, double[] d) {
      java.util.Arrays.fill(d, 0);
      double[] hd = new double[p];
      double maxDiag = 0;
      for (int j = 0; j < p; j++) {
        maxDiag = Math.max(maxDiag, h[j * p + j]);
      }
      double ridge = 1e-12 * Math.max(maxDiag, 1e-300);
      for (int sweep = 0; sweep < MAX_INNER; sweep++) {
        double biggest = 0;
        double scale = 0;
        for (int j = 0; j < p; j++) {
          double a = h[j * p + j] + ridge;
          double b = g[j] + hd[j];
          double u = w[j] + d[j];
          double target = u - b / a;
          double next = Math.signum(target) * Math.max(0, Math.abs(target) - 1 / a);
          double change = next - u;
          if (change != 0) {
            d[j] += change;
            for (int k = 0; k < p; k++) {
              hd[k] += h[k * p + j] * change;
            }
          }
          biggest = Math.max(biggest, Math.abs(change));
          scale = Math.max(scale, Math.abs(next));
        }
        if (biggest <= 1e-14 * Math.max(1, scale)) {
          return;
        }
      }
    }

    static boolean negligible(double[] d, double[] w) {
      for (int j = 0; j < d.length; j++) {
        if (Math.abs(d[j]) > 1e-13 * Math.max(1, Math.abs(w[j]))) {
          return false;
        }
      }
      return true;
    }

    static double l1(double[] w, double[] d, double t) {
      double sum = 0;
      for (int j = 0; j < w.length; j++) {
        sum += Math.abs(w[j] + t * d[j]);
      }
      return sum;
    }
  }
}
