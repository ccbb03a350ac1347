package dev.assay.train.toxicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.toxicity.embedded.LogisticHead;
import org.junit.jupiter.api.Test;

class L2LogisticRegressionTest {
  /**
   * Reference from scikit-learn 1.2.1 (Debian python3-sklearn), on the data built by {@link #data}:
   * {@code LogisticRegression(C=1/(0.05*w.sum()), tol=1e-12, max_iter=100000,
   * solver='lbfgs').fit(X, y, sample_weight=w)}, where X is the float32 matrix below widened to
   * float64. {@code solver='newton-cg'} agrees to 2e-7.
   */
  private static final double[] SKLEARN_COEF = {1.529248250781964, 1.2469255323622328, 0.3781542433131954};
  private static final double SKLEARN_INTERCEPT = 0.1955147878352069;

  private static float[][] x = new float[60][3];
  private static int[] y = new int[60];
  private static double[] w = new double[60];

  static {
    data();
  }

  /** x_ij = sin(1.3 i + 0.7 j) in float; y from a noisy linear rule; weights 1, 2, 3 repeating. */
  private static void data() {
    for (int i = 0; i < 60; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = (float) Math.sin(1.3 * i + 0.7 * j);
      }
      y[i] = x[i][0] + 0.5 * x[i][1] - 0.3 * x[i][2] + 0.6 * Math.sin(5.0 * i) > 0 ? 1 : 0;
      w[i] = 1 + (i % 3);
    }
  }

  @Test
  void matchesScikitLearnWithSampleWeights() {
    int positives = 0;
    for (int v : y) {
      positives += v;
    }
    assertThat(positives).isEqualTo(32); // the same data as the Python reference
    LogisticHead h = L2LogisticRegression.fit(x, y, w, 0.05);
    for (int j = 0; j < 3; j++) {
      assertThat(h.weights()[j]).isCloseTo(SKLEARN_COEF[j], within(1e-5));
    }
    assertThat(h.bias()).isCloseTo(SKLEARN_INTERCEPT, within(1e-5));
  }

  @Test
  void scalingAllWeightsChangesNothing() {
    double[] w10 = w.clone();
    for (int i = 0; i < w10.length; i++) {
      w10[i] *= 10;
    }
    LogisticHead a = L2LogisticRegression.fit(x, y, w, 0.05);
    LogisticHead b = L2LogisticRegression.fit(x, y, w10, 0.05);
    assertThat(b.weights()).containsExactly(a.weights(), within(1e-9));
  }

  @Test
  void logLossIsStableForLargeLogits() {
    assertThat(L2LogisticRegression.logLoss(1, 800)).isCloseTo(0, within(1e-12));
    assertThat(L2LogisticRegression.logLoss(0, 800)).isCloseTo(800, within(1e-9));
    assertThat(L2LogisticRegression.logLoss(1, 0)).isCloseTo(Math.log(2), within(1e-15));
  }

  @Test
  void choleskySolvesASmallSystem() {
    double[] s = Cholesky.solve(new double[][] {{4}, {2, 3}}, new double[] {8, 9});
    // [[4,2],[2,3]] x = [8,9]: 4a + 2b = 8, 2a + 3b = 9 -> a = 3/4, b = 5/2
    assertThat(s).containsExactly(new double[] {0.75, 2.5}, within(1e-12));
  }
}
