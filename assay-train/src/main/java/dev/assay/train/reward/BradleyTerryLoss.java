package dev.assay.train.reward;

import dev.assay.models.reward.RewardMlp;
import dev.assay.stats.math.Logistic;
import java.util.Arrays;
import java.util.Random;

/**
 * The training objective of the reward model and its exact gradient by backpropagation. For pair
 * {@code i} with rewards {@code r_c}, {@code r_r}, soft label {@code y} (probability that the chosen
 * response is better) and margin {@code m}, with {@code d = r_c - r_r - m}:
 *
 * <pre>
 *   loss_i = y * Logistic.softplus(-d) + (1 - y) * Logistic.softplus(d)            (= -log sigma(d) when y = 1)
 *          + centre * (r_c + r_r)^2                              (TRL's center_rewards_coefficient)
 *   loss   = mean_i loss_i + l2/2 * (|W|^2 + |v|^2)              (biases not penalised)
 * </pre>
 *
 * Optional inverted dropout on the hidden layer draws its masks from the given {@link Random}, so a
 * fixed seed gives a fixed function (that is how the gradient test checks it).
 *
 * <pre>{@code
 * double[] g = new double[params.length];
 * double loss = BradleyTerryLoss.lossAndGradient(params, d, h, xc, xr, y, m, rows, 1e-4, 0.01, 0.1, rng, g);
 * }</pre>
 */
public final class BradleyTerryLoss {
  private BradleyTerryLoss() {}

  /**
   * The loss over {@code rows} (indices into the arrays); overwrites {@code grad} with its gradient
   * unless {@code grad} is null.
   *
   * @param dropout probability of dropping a hidden unit (0 = none; then {@code rng} may be null)
   */
  public static double lossAndGradient(double[] p, int d, int h, float[][] xc, float[][] xr, double[] y,
      double[] margin, int[] rows, double l2, double centre, double dropout, Random rng, double[] grad) {
    if (grad != null) {
      Arrays.fill(grad, 0);
    }
    int c0 = h * d;
    int v0 = c0 + h;
    double[] hc = new double[h];
    double[] hr = new double[h];
    double[] mc = dropout > 0 ? new double[h] : null;
    double[] mr = dropout > 0 ? new double[h] : null;
    double n = rows.length;
    double loss = 0;
    for (int i : rows) {
      if (dropout > 0) {
        fillMask(mc, dropout, rng);
        fillMask(mr, dropout, rng);
      }
      double rc = RewardMlp.forward(p, d, h, xc[i], hc, mc);
      double rr = RewardMlp.forward(p, d, h, xr[i], hr, mr);
      double diff = rc - rr - margin[i];
      double s = rc + rr;
      loss += (y[i] * Logistic.softplus(-diff) + (1 - y[i]) * Logistic.softplus(diff) + centre * s * s) / n;
      if (grad == null) {
        continue;
      }
      double g = (Logistic.sigmoid(diff) - y[i]) / n;
      double gc = g + 2 * centre * s / n;
      double gr = -g + 2 * centre * s / n;
      backward(p, d, h, xc[i], hc, mc, gc, grad, c0, v0);
      backward(p, d, h, xr[i], hr, mr, gr, grad, c0, v0);
    }
    for (int k = 0; k < c0; k++) {
      loss += 0.5 * l2 * p[k] * p[k];
      if (grad != null) {
        grad[k] += l2 * p[k];
      }
    }
    for (int u = 0; u < h; u++) {
      loss += 0.5 * l2 * p[v0 + u] * p[v0 + u];
      if (grad != null) {
        grad[v0 + u] += l2 * p[v0 + u];
      }
    }
    return loss;
  }

  private static void backward(double[] p, int d, int h, float[] x, double[] t, double[] mask, double dr,
      double[] grad, int c0, int v0) {
    grad[v0 + h] += dr;
    for (int u = 0; u < h; u++) {
      double m = mask == null ? 1 : mask[u];
      if (m == 0) {
        continue;
      }
      grad[v0 + u] += dr * t[u] * m;
      double da = dr * p[v0 + u] * m * (1 - t[u] * t[u]);
      grad[c0 + u] += da;
      int row = u * d;
      for (int j = 0; j < d; j++) {
        grad[row + j] += da * x[j];
      }
    }
  }

  private static void fillMask(double[] mask, double dropout, Random rng) {
    double keep = 1 / (1 - dropout);
    for (int u = 0; u < mask.length; u++) {
      mask[u] = rng.nextDouble() < dropout ? 0 : keep;
    }
  }


}
