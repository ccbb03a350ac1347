package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.stats.math.Logistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class L1LogisticRegressionTest {
  static final double[][] X = {
    {0.76, 1.0, 1.0}, {-0.35, -1.2, 1.0}, {0.12, 0.4, 1.0}, {-0.91, 0.9, 1.0}, {0.55, -0.3, 1.0},
    {-0.20, 1.7, 1.0}, {0.98, -1.5, 1.0}, {-0.64, 0.2, 1.0}, {0.33, 0.8, 0.0}, {-0.47, -0.6, 0.0}
  };
  static final double[] P = {0.05, 0.9, 0.3, 0.99, 0.2, 0.6, 0.0, 0.75, 0.4, 1.0};
  static final double[] S = {1, 1, 1, 1, 1, 1, 1, 1, 0.1, 0.1};

  /**
   * Source: scikit-learn 1.2.1 (Debian python3-sklearn), liblinear on AlpacaEval's duplicated data
   * set (glm_winrate.fit_LogisticRegressionCV with n_splits=0: each row once with label 1 and
   * weight p*s, once with label 0 and weight (1-p)*s):
   *
   * <pre>
   * Xd = np.vstack([X, X]); yd = np.r_[np.ones(10), np.zeros(10)]; wd = np.r_[P * S, (1 - P) * S]
   * m = LogisticRegression(penalty='l1', solver='liblinear', fit_intercept=False, C=C,
   *                        tol=1e-12, max_iter=100000).fit(Xd, yd, sample_weight=wd)
   * m.coef_[0]
   * </pre>
   *
   * liblinear at tol=1e-12 reproduces its own coefficients to about 1e-12 between C=100 runs;
   * our solver stops at a relative optimality violation of 1e-12 (or when the Newton
   * step is below rounding), hence 1e-8.
   */
  @ParameterizedTest
  @CsvSource({
    "0.3, 0.0, 0.0, 0.0",
    "2.0, -1.9012232052245457, 0.0, 0.0",
    "6.0, -2.7683336329458346, -0.06656027739238599, 0.0",
    "100.0, -3.4225344129160495, -0.22958261866977034, -0.05020023334425034"
  })
  void matchesScikitLearnLiblinear(double c, double w0, double w1, double w2) {
    L1LogisticRegression.Fit f = L1LogisticRegression.fit(X, P, S, null, c, null);
    double[] w = f.weights();
    assertThat(w[0]).isCloseTo(w0, within(1e-8));
    assertThat(w[1]).isCloseTo(w1, within(1e-8));
    assertThat(w[2]).isCloseTo(w2, within(1e-8));
    // exact zeros where liblinear has them (the L1 sparsity pattern)
    for (int j = 0; j < 3; j++) {
      if (new double[] {w0, w1, w2}[j] == 0.0) {
        assertThat(w[j]).isZero();
      }
    }
  }

  /** Optimality (KKT) conditions hold at the solution, from any start: the test of convergence. */
  @Test
  void satisfiesOptimalityConditionsFromAnyStart() {
    double c = 100;
    for (double[] start : new double[][] {null, {5, -5, 5}, {-10, 10, 0}}) {
      L1LogisticRegression.Fit f = L1LogisticRegression.fit(X, P, S, null, c, start);
      double[] w = f.weights();
      double[] g = new double[3];
      for (int i = 0; i < X.length; i++) {
        double z = 0;
        for (int j = 0; j < 3; j++) {
          z += X[i][j] * w[j];
        }
        double r = c * S[i] * (Logistic.sigmoid(z) - P[i]);
        for (int j = 0; j < 3; j++) {
          g[j] += r * X[i][j];
        }
      }
      for (int j = 0; j < 3; j++) {
        if (w[j] != 0) {
          assertThat(g[j] + Math.signum(w[j])).isCloseTo(0, within(1e-6));
        } else {
          assertThat(Math.abs(g[j])).isLessThanOrEqualTo(1 + 1e-6);
        }
      }
      assertThat(f.iterations()).isLessThan(50);
    }
  }

  /** An offset o is the same as a feature with a fixed weight 1: shifting it moves the fit. */
  @Test
  void offsetsActAsFixedTerms() {
    double[][] x1 = new double[X.length][];
    double[] o = new double[X.length];
    for (int i = 0; i < X.length; i++) {
      x1[i] = new double[] {X[i][0]};
      o[i] = 0.7 * X[i][1];
    }
    double[] w = L1LogisticRegression.fit(x1, P, S, o, 1e8, null).weights();
    // Unpenalised in effect (C = 1e8): the gradient of the loss in w0 must vanish.
    double g = 0;
    for (int i = 0; i < X.length; i++) {
      g += S[i] * (Logistic.sigmoid(x1[i][0] * w[0] + o[i]) - P[i]) * x1[i][0];
    }
    assertThat(g).isCloseTo(0, within(1e-7));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> L1LogisticRegression.fit(X, new double[] {0.5}, null, null, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y: expected 10 labels");
    double[] bad = P.clone();
    bad[3] = 1.5;
    assertThatThrownBy(() -> L1LogisticRegression.fit(X, bad, null, null, 1, null))
        .hasMessageContaining("row 3")
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> L1LogisticRegression.fit(X, P, null, null, 0, null))
        .hasMessageContaining("c: expected a positive");
  }
}
