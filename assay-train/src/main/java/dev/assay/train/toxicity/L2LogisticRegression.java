package dev.assay.bench.toxicity;

import dev.assay.models.toxicity.embedded.LogisticHead;

/**
 * Weighted, L2-regularised logistic regression solved by Newton's method (IRLS) with a
 * Cholesky solve: minimises {@code sum_i w_i * logloss(y_i, sigmoid(b + x_i·beta)) / sum_i w_i
 * + lambda/2 * |beta|^2} (the intercept is not penalised). Suited to a few hundred dimensions.
 *
 * <pre>{@code
 * LogisticHead h = L2LogisticRegression.fit(x, y, weights, 1e-3);
 * }</pre>
 */
final class L2LogisticRegression {
  private L2LogisticRegression() {}

  static LogisticHead fit(float[][] x, int[] y, double[] weight, double lambda) {
    int n = x.length;
    int d = x[0].length;
    int p = d + 1;
    double[] beta = new double[p];
    double wsum = 0;
    for (double w : weight) {
      wsum += w;
    }
    double prevLoss = Double.MAX_VALUE;
    for (int iter = 0; iter < 30; iter++) {
      double[] g = new double[p];
      double[][] h = new double[p][p];
      double loss = 0;
      double[] xi = new double[p];
      for (int i = 0; i < n; i++) {
        xi[0] = 1;
        for (int j = 0; j < d; j++) {
          xi[j + 1] = x[i][j];
        }
        double z = 0;
        for (int j = 0; j < p; j++) {
          z += beta[j] * xi[j];
        }
        double mu = LogisticHead.sigmoid(z);
        double wi = weight[i] / wsum;
        loss += wi * (y[i] == 1 ? -Math.log(Math.max(mu, 1e-15)) : -Math.log(Math.max(1 - mu, 1e-15)));
        double r = wi * (mu - y[i]);
        double s = wi * Math.max(mu * (1 - mu), 1e-10);
        for (int j = 0; j < p; j++) {
          g[j] += r * xi[j];
          double sx = s * xi[j];
          double[] hj = h[j];
          for (int k = 0; k <= j; k++) {
            hj[k] += sx * xi[k];
          }
        }
      }
      for (int j = 1; j < p; j++) {
        loss += 0.5 * lambda * beta[j] * beta[j];
        g[j] += lambda * beta[j];
        h[j][j] += lambda;
      }
      h[0][0] += 1e-9;
      for (int j = 0; j < p; j++) {
        for (int k = j + 1; k < p; k++) {
          h[j][k] = h[k][j];
        }
      }
      double[] step = solve(h, g);
      for (int j = 0; j < p; j++) {
        beta[j] -= step[j];
      }
      if (Math.abs(prevLoss - loss) < 1e-9) {
        break;
      }
      prevLoss = loss;
    }
    double[] w = new double[d];
    System.arraycopy(beta, 1, w, 0, d);
    return new LogisticHead(w, beta[0]);
  }

  /** Solves {@code a x = b} for symmetric positive-definite {@code a} (Cholesky). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        double[] li = l[i];
        double[] lj = l[j];
        for (int k = 0; k < j; k++) {
          s -= li[k] * lj[k];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(s, 1e-12));
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * z[k];
      }
      z[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
