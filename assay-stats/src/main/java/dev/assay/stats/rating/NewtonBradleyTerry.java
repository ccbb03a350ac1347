package dev.assay.stats.rating;

import dev.assay.stats.math.Logistic;

/**
 * The Bradley-Terry maximum-likelihood solver on compressed pair counts: damped Newton with an
 * Armijo backtracking line search and a dense Cholesky solve (the Hessian is a weighted graph
 * Laplacian; its null direction, a common shift of all ratings, is removed by adding a rank-one
 * term and by re-centring the ratings on zero after every step, which is where FastChat's
 * L-BFGS from zero also stays). Ties count as half a win for each side.
 *
 * <p>Natural units: {@code P(i beats j) = 1 / (1 + exp(-alpha (r_i - r_j)))}.
 *
 * <pre>{@code
 * double[] r = NewtonBradleyTerry.solve(first, second, softWinsFirst, totals, m, Math.log(10),
 *     null, 1e-10, 100);
 * }</pre>
 */
final class NewtonBradleyTerry {
  private static final double QUADRATIC_REGION = 1e-4;

  private NewtonBradleyTerry() {}

  /**
   * Solves for the ratings.
   *
   * @param first lower model index of each pair
   * @param second higher model index of each pair
   * @param softWinsFirst wins of {@code first} plus half the ties, per pair
   * @param totals battles per pair
   * @param m number of models
   * @param alpha logit slope ({@code ln(base)})
   * @param start starting ratings (copied), or {@code null} for zeros
   * @param tolerance stop when the largest Newton step is below this (natural units)
   * @param maxIterations cap on Newton iterations
   * @return ratings in natural units, centred on zero
   */
  static double[] solve(
      int[] first,
      int[] second,
      double[] softWinsFirst,
      double[] totals,
      int m,
      double alpha,
      double[] start,
      double tolerance,
      int maxIterations) {
    double[] r = start == null ? new double[m] : start.clone();
    centre(r);
    double[] g = new double[m];
    double[] h = new double[m * m];
    double[] step = new double[m];
    double[] trial = new double[m];
    double loss = loss(first, second, softWinsFirst, totals, alpha, r);
    boolean lossStale = false;
    for (int iter = 0; iter < maxIterations; iter++) {
      gradientAndHessian(first, second, softWinsFirst, totals, m, alpha, r, g, h);
      double maxDiag = 0;
      for (int i = 0; i < m; i++) {
        maxDiag = Math.max(maxDiag, h[i * m + i]);
      }
      if (maxDiag == 0) {
        break;
      }
      double damping = 1e-12 * maxDiag;
      double shift = maxDiag / m;
      for (int i = 0; i < m; i++) {
        int row = i * m;
        for (int j = 0; j < m; j++) {
          h[row + j] += shift;
        }
        h[row + i] += damping;
        step[i] = -g[i];
      }
      if (!Cholesky.decompose(h, m)) {
        break;
      }
      Cholesky.solve(h, m, step);
      double slope = 0;
      double maxStep = 0;
      for (int i = 0; i < m; i++) {
        slope += g[i] * step[i];
        maxStep = Math.max(maxStep, Math.abs(step[i]));
      }
      if (maxStep < QUADRATIC_REGION) {
        // close to the optimum Newton converges quadratically and the loss change drowns in
        // rounding, so take the full step without a line search
        for (int i = 0; i < m; i++) {
          r[i] += step[i];
        }
        centre(r);
        if (maxStep < tolerance) {
          break;
        }
        lossStale = true;
        continue;
      }
      if (lossStale) {
        loss = loss(first, second, softWinsFirst, totals, alpha, r);
        lossStale = false;
      }
      double t = 1.0;
      double newLoss;
      while (true) {
        for (int i = 0; i < m; i++) {
          trial[i] = r[i] + t * step[i];
        }
        newLoss = loss(first, second, softWinsFirst, totals, alpha, trial);
        if (newLoss <= loss + 1e-4 * t * slope || t < 1e-10) {
          break;
        }
        t *= 0.5;
      }
      if (!(newLoss <= loss) && t < 1e-10) {
        break; // no progress possible in floating point
      }
      System.arraycopy(trial, 0, r, 0, m);
      centre(r);
      loss = newLoss;
      if (maxStep * t < tolerance) {
        break;
      }
    }
    return r;
  }

  /** Negative log-likelihood. */
  static double loss(
      int[] first, int[] second, double[] s1, double[] n, double alpha, double[] r) {
    double total = 0;
    for (int p = 0; p < first.length; p++) {
      double x = alpha * (r[first[p]] - r[second[p]]);
      // -[s log sigma(x) + (n - s) log sigma(-x)] = n Logistic.softplus(-x) + (n - s) x
      total += n[p] * Logistic.softplus(-x) + (n[p] - s1[p]) * x;
    }
    return total;
  }


  private static void gradientAndHessian(
      int[] first,
      int[] second,
      double[] s1,
      double[] n,
      int m,
      double alpha,
      double[] r,
      double[] g,
      double[] h) {
    java.util.Arrays.fill(g, 0);
    java.util.Arrays.fill(h, 0);
    double a2 = alpha * alpha;
    for (int p = 0; p < first.length; p++) {
      int i = first[p];
      int j = second[p];
      double prob = 1.0 / (1.0 + Math.exp(-alpha * (r[i] - r[j])));
      double gi = -alpha * (s1[p] - n[p] * prob);
      g[i] += gi;
      g[j] -= gi;
      double w = a2 * n[p] * prob * (1.0 - prob);
      h[i * m + i] += w;
      h[j * m + j] += w;
      h[i * m + j] -= w;
      h[j * m + i] -= w;
    }
  }

  private static void centre(double[] r) {
    double mean = 0;
    for (double v : r) {
      mean += v;
    }
    mean /= r.length;
    for (int i = 0; i < r.length; i++) {
      r[i] -= mean;
    }
  }
}
