package dev.assay.train.toxicity;

import dev.assay.stats.math.Logistic;

/**
 * The objective of {@link MlpLearner} and its exact gradient by backpropagation, on a subset of
 * rows: {@code sum_i w_i logloss_i / sum_i w_i + l2/2 (|W|^2 + |v|^2)} (biases not penalised).
 * A test compares the gradient with central finite differences.
 *
 * <pre>{@code
 * double[] grad = new double[params.length];
 * double loss = MlpLoss.lossAndGradient(params, 384, 32, x, y, w, rows, 1e-4, grad);
 * }</pre>
 */
public final class MlpLoss {
  private MlpLoss() {}

  /**
   * The loss over {@code rows} (indices into {@code x}); overwrites {@code grad} with its
   * gradient.
   */
  public static double lossAndGradient(double[] p, int d, int h, float[][] x, int[] y, double[] w,
      int[] rows, double l2, double[] grad) {
    java.util.Arrays.fill(grad, 0);
    int c0 = h * d;
    int v0 = c0 + h;
    double wsum = 0;
    for (int i : rows) {
      wsum += w[i];
    }
    double loss = 0;
    double[] hid = new double[h];
    for (int i : rows) {
      double z = MlpHead.logit(p, d, h, x[i], hid);
      double wi = w[i] / wsum;
      loss += wi * L2LogisticRegression.logLoss(y[i], z);
      double dz = wi * (Logistic.sigmoid(z) - y[i]);
      grad[v0 + h] += dz;
      float[] xi = x[i];
      for (int u = 0; u < h; u++) {
        grad[v0 + u] += dz * hid[u];
        double da = dz * p[v0 + u] * (1 - hid[u] * hid[u]);
        grad[c0 + u] += da;
        int row = u * d;
        for (int j = 0; j < d; j++) {
          grad[row + j] += da * xi[j];
        }
      }
    }
    for (int k = 0; k < c0; k++) {
      loss += 0.5 * l2 * p[k] * p[k];
      grad[k] += l2 * p[k];
    }
    for (int u = 0; u < h; u++) {
      loss += 0.5 * l2 * p[v0 + u] * p[v0 + u];
      grad[v0 + u] += l2 * p[v0 + u];
    }
    return loss;
  }
}
