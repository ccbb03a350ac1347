package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.reward.RewardMlp;
import dev.assay.stats.math.Logistic;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BradleyTerryLossTest {
  private static final int N = 10;
  private static final int D = 6;
  private static final int H = 4;

  @Test
  void backpropagationMatchesCentralFiniteDifferencesWithSoftLabelsMarginCentringL2AndDropout() {
    Random r = new Random(11);
    float[][] xc = new float[N][D];
    float[][] xr = new float[N][D];
    double[] y = new double[N];
    double[] m = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < D; j++) {
        xc[i][j] = (float) r.nextGaussian();
        xr[i][j] = (float) r.nextGaussian();
      }
      y[i] = 0.5 + 0.5 * r.nextDouble();
      m[i] = r.nextDouble() * 0.5;
    }
    double[] p = new double[RewardMlp.size(D, H)];
    for (int k = 0; k < p.length; k++) {
      p[k] = 0.6 * r.nextGaussian();
    }
    int[] rows = {0, 1, 3, 4, 6, 9};
    double l2 = 0.02;
    double centre = 0.05;
    double dropout = 0.3;
    long seed = 99; // the same masks on every evaluation: a fixed function of p
    double[] g = new double[p.length];
    BradleyTerryLoss.lossAndGradient(p, D, H, xc, xr, y, m, rows, l2, centre, dropout, new Random(seed), g);
    double eps = 1e-6;
    double worst = 0;
    for (int k = 0; k < p.length; k++) {
      double keep = p[k];
      p[k] = keep + eps;
      double up = BradleyTerryLoss.lossAndGradient(p, D, H, xc, xr, y, m, rows, l2, centre, dropout, new Random(seed), null);
      p[k] = keep - eps;
      double down = BradleyTerryLoss.lossAndGradient(p, D, H, xc, xr, y, m, rows, l2, centre, dropout, new Random(seed), null);
      p[k] = keep;
      double numeric = (up - down) / (2 * eps);
      worst = Math.max(worst, Math.abs(numeric - g[k]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(g[k])));
    }
    assertThat(worst).isLessThan(1e-6);
  }

  @Test
  void hardLabelLossIsTrlsMinusLogSigmoidOfTheMarginPlusCentring() {
    // TRL RewardTrainer.compute_loss: -logsigmoid(r_c - r_r - margin).mean()
    //   + center_rewards_coefficient * ((r_c + r_r) ** 2).mean()
    // With the network reduced to its output bias and one weight, r(x) = v * tanh(a) + b.
    int d = 1;
    int h = 1;
    double[] p = {1.0, 0.0, 2.0, 0.25}; // W, c, v, b
    float[][] xc = {{1.0f}};
    float[][] xr = {{-0.5f}};
    double rc = 2.0 * Math.tanh(1.0) + 0.25;
    double rr = 2.0 * Math.tanh(-0.5) + 0.25;
    double margin = 0.3;
    double expected = Math.log1p(Math.exp(-(rc - rr - margin))) + 0.1 * (rc + rr) * (rc + rr);
    double loss = BradleyTerryLoss.lossAndGradient(p, d, h, xc, xr, new double[] {1.0}, new double[] {margin},
        new int[] {0}, 0, 0.1, 0, null, null);
    assertThat(loss).isCloseTo(expected, within(1e-12));
    // log(1 + e^-1), computed independently with Python: math.log1p(math.exp(-1))
    assertThat(Logistic.softplus(-1)).isCloseTo(0.31326168751822286, within(1e-15));
  }

  @Test
  void aTieLabelIsMinimisedByEqualRewards() {
    double atZero = 0.5 * Logistic.softplus(0) + 0.5 * Logistic.softplus(0);
    double off = 0.5 * Logistic.softplus(-0.4) + 0.5 * Logistic.softplus(0.4);
    assertThat(atZero).isLessThan(off).isCloseTo(Math.log(2), within(1e-15));
  }
}
