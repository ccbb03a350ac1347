package dev.assay.train.toxicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpLossTest {
  @Test
  void backpropagationMatchesCentralFiniteDifferences() {
    int n = 12;
    int d = 5;
    int h = 4;
    Random r = new Random(3);
    float[][] x = new float[n][d];
    int[] y = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = (float) r.nextGaussian();
      }
      y[i] = r.nextBoolean() ? 1 : 0;
      w[i] = 0.5 + r.nextDouble();
    }
    double[] p = new double[MlpHead.size(d, h)];
    for (int k = 0; k < p.length; k++) {
      p[k] = 0.7 * r.nextGaussian();
    }
    int[] rows = {0, 2, 3, 5, 7, 8, 11};
    double l2 = 0.03;
    double[] g = new double[p.length];
    MlpLoss.lossAndGradient(p, d, h, x, y, w, rows, l2, g);
    double[] scratch = new double[p.length];
    double eps = 1e-6;
    double worst = 0;
    for (int k = 0; k < p.length; k++) {
      double keep = p[k];
      p[k] = keep + eps;
      double up = MlpLoss.lossAndGradient(p, d, h, x, y, w, rows, l2, scratch);
      p[k] = keep - eps;
      double down = MlpLoss.lossAndGradient(p, d, h, x, y, w, rows, l2, scratch);
      p[k] = keep;
      double numeric = (up - down) / (2 * eps);
      worst = Math.max(worst, Math.abs(numeric - g[k]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(g[k])));
    }
    assertThat(worst).isLessThan(1e-6);
  }

  @Test
  void theLearnerSeparatesAnXorLikeProblemALinearHeadCannot() {
    Random r = new Random(5);
    int n = 400;
    float[][] x = new float[n][2];
    int[] y = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = (float) (r.nextDouble() * 2 - 1);
      x[i][1] = (float) (r.nextDouble() * 2 - 1);
      y[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
      w[i] = 1;
    }
    MlpHead mlp = new MlpLearner(8, 1e-5, 300, 0.02, 32, 1).fit(x, y, w);
    HeadLearner.Fitted lr = new LogisticLearner(1e-5).fit(x, y, w);
    assertThat(LabelMetrics.auc(y, HeadLearner.predict(mlp, x))).isGreaterThan(0.95);
    assertThat(LabelMetrics.auc(y, HeadLearner.predict(lr, x))).isLessThan(0.7);
  }
}
