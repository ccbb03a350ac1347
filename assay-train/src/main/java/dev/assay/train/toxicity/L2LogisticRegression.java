package dev.assay.train.toxicity;

import dev.assay.models.toxicity.embedded.LogisticHead;
import dev.assay.stats.math.Logistic;

/**
 * Weighted, L2-regularised logistic regression solved by Newton's method (IRLS) with a {@link
 * Cholesky} solve. It minimises
 *
 * <pre>
 *   sum_i w_i * logloss(y_i, sigmoid(b + x_i·beta)) / sum_i w_i  +  lambda/2 * |beta|^2
 * </pre>
 *
 * <p>(the intercept {@code b} is not penalised). This is scikit-learn's {@code
 * LogisticRegression(C = 1 / (lambda * sum_i w_i))} fitted with {@code sample_weight = w}: the
 * test checks the coefficients against it. One Newton step costs {@code n d^2 / 2}
 * multiply-adds, so it suits a few hundred dimensions (384 for MiniLM); it stops when the loss
 * changes by less than {@code 1e-10} or after 50 steps.
 *
 * <pre>{@code
 * LogisticHead h = L2LogisticRegression.fit(x, y, weights, 1e-4);
 * double p = h.probability(x[0]);
 * }</pre>
 */
public final class L2LogisticRegression {
  private static final int MAX_STEPS = 50;

  private L2LogisticRegression() {}

  /**
   * Fits one head.
   *
   * @param x rows of features, all the same length
   * @param y 0/1 labels
   * @param weight non-negative example weights (any scale: they are normalised)
   * @param lambda the L2 strength on the weights, {@code >= 0}
   */
  public static LogisticHead fit(float[][] x, int[] y, double[] weight, double lambda) {
    int n = x.length;
    if (n == 0 || y.length != n || weight.length != n) {
      throw new IllegalArgumentException("expected as many labels and weights as rows (" + n + "), found " + y.length + " and " + weight.length);
    }
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda: expected >= 0, found " + lambda);
    }
    int d = x[0].length;
    int p = d + 1;
    double[] beta = new double[p];
    double wsum = 0;
    for (double w : weight) {
      wsum += w;
    }
    double prevLoss = Double.MAX_VALUE;
    double[] xi = new double[p];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] g = new double[p];
      double[][] h = new double[p][];
      for (int j = 0; j < p; j++) {
        h[j] = new double[j + 1];
      }
      double loss = 0;
      for (int i = 0; i < n; i++) {
        xi[0] = 1;
        for (int j = 0; j < d; j++) {
          xi[j + 1] = x[i][j];
        }
        double z = 0;
        for (int j = 0; j < p; j++) {
          z += beta[j] * xi[j];
        }
        double mu = Logistic.sigmoid(z);
        double wi = weight[i] / wsum;
        loss += wi * logLoss(y[i], z);
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
      double[] delta = Cholesky.solve(h, g);
      for (int j = 0; j < p; j++) {
        beta[j] -= delta[j];
      }
      if (Math.abs(prevLoss - loss) < 1e-10) {
        break;
      }
      prevLoss = loss;
    }
    double[] w = new double[d];
    System.arraycopy(beta, 1, w, 0, d);
    return new LogisticHead(w, beta[0]);
  }

  /** {@code -log p(y | z)} for a logit {@code z}, without overflow. */
  static double logLoss(int y, double z) {
    double m = y == 1 ? -z : z;
    return Logistic.softplus(m);
  }
}
