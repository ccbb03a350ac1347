package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthControlledWinRateTest {

  /** AlpacaEval's C grid is np.logspace(-4, 4, 10). */
  @Test
  void alpacaEvalConfigMatchesGlmWinrate() {
    LengthControlledWinRate.Config c = LengthControlledWinRate.Config.alpacaEval();
    assertThat(c.cs()).hasSize(10);
    assertThat(c.cs().get(0)).isCloseTo(1e-4, within(1e-18));
    assertThat(c.cs().get(9)).isCloseTo(1e4, within(1e-9));
    assertThat(c.cs().get(6)).isCloseTo(21.544346900318846, within(1e-12)); // 10^(4/9 * 3 - 4 + ...)
    assertThat(c.folds()).isEqualTo(5);
    assertThat(c.baselineRegularization()).isEqualTo(0.2);
  }

  /**
   * Source: AlpacaEval glm_winrate.predict_winrate, by hand: mean of sigmoid(w_d * d + w_m); the
   * standard error is pandas' sem of the predictions (ddof = 1), times 100.
   */
  @Test
  void predictionIsTheMeanOfTheLengthFreeProbability() {
    GlmWeights w = new GlmWeights(-1.5, 1.0, -1.0);
    LengthControlledResult r = LengthControlledWinRate.predict(w, new double[] {0.0, 1.0, 2.0});
    double p0 = 1 / (1 + Math.exp(1.0));
    double p1 = 0.5;
    double p2 = 1 / (1 + Math.exp(-1.0));
    double mean = (p0 + p1 + p2) / 3;
    assertThat(r.winRate()).isCloseTo(mean * 100, within(1e-12));
    double var = ((p0 - mean) * (p0 - mean) + (p1 - mean) * (p1 - mean) + (p2 - mean) * (p2 - mean)) / 2;
    assertThat(r.standardError()).isCloseTo(Math.sqrt(var / 3) * 100, within(1e-12));
    assertThat(r.c()).isNaN();
  }

  /** pandas: (len_1 - len_2) / std(ddof=1), then tanh; by hand for deltas (10, -10, 0). */
  @Test
  void lengthFeatureStandardisesWithoutCentring() {
    List<LengthControlledWinRate.Row> rows =
        List.of(
            new LengthControlledWinRate.Row(2, 30, 20, 0),
            new LengthControlledWinRate.Row(1, 20, 30, 0),
            new LengthControlledWinRate.Row(1.5, 25, 25, 0));
    double[] t = LengthControlledWinRate.lengthFeature(rows);
    assertThat(t[0]).isCloseTo(Math.tanh(1.0), within(1e-15)); // sd of (10, -10, 0) is 10
    assertThat(t[1]).isCloseTo(Math.tanh(-1.0), within(1e-15));
    assertThat(t[2]).isZero();
  }

  /**
   * A model that gains only through length: simulated preferences depend on length alone, so the
   * length-controlled win rate is close to 50 while the raw win rate is far above it.
   */
  @Test
  void removesAPureLengthEffect() {
    Random rnd = new Random(7);
    int n = 2000;
    long[] l1 = new long[n];
    long[] l2 = new long[n];
    double[] delta = new double[n];
    for (int i = 0; i < n; i++) {
      l1[i] = 500 + rnd.nextInt(500);
      l2[i] = Math.max(0, l1[i] + Math.round(150 + 400 * rnd.nextGaussian())); // mostly longer
      delta[i] = l1[i] - l2[i];
    }
    double sd = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(delta);
    List<LengthControlledWinRate.Row> rows = new ArrayList<>();
    double raw = 0;
    for (int i = 0; i < n; i++) {
      double p = 1 / (1 + Math.exp(1.5 * Math.tanh(delta[i] / sd))); // no model term: true LC 50
      double pref = 1 + (rnd.nextDouble() < p ? 1 : 0);
      raw += pref - 1;
      rows.add(new LengthControlledWinRate.Row(pref, l1[i], l2[i], 0));
    }
    LengthControlledResult r =
        LengthControlledWinRate.fit(rows, List.of(), LengthControlledWinRate.Config.alpacaEval());
    assertThat(raw / rows.size() * 100).isGreaterThan(55);
    assertThat(r.winRate()).isCloseTo(50, within(3.0));
    assertThat(r.weights().length()).isLessThan(-1);
    assertThat(r.trainingRows()).isEqualTo(2000);
  }

  /** Missing preferences are not fitted but are predicted (AlpacaEval filters only the training set). */
  @Test
  void missingPreferencesArePredictedButNotFitted() {
    List<LengthControlledWinRate.Row> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(new LengthControlledWinRate.Row(i % 3 == 0 ? 2 : 1, 100 + i, 90 + 2 * i, (i % 5) / 5.0));
    }
    rows.add(new LengthControlledWinRate.Row(Double.NaN, 100, 100, 0.3));
    LengthControlledResult r =
        LengthControlledWinRate.fit(rows, List.of(), LengthControlledWinRate.Config.alpacaEval().withC(10));
    assertThat(r.trainingRows()).isEqualTo(50);
    assertThat(r.predictedRows()).isEqualTo(51);
    assertThat(r.c()).isEqualTo(10);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new LengthControlledWinRate.Row(2.5, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preference: expected a number in [1, 2]");
    assertThatThrownBy(() -> new LengthControlledWinRate.Row(1.5, 1, 1, Double.NaN))
        .hasMessageContaining("difficulty");
    assertThatThrownBy(
            () ->
                LengthControlledWinRate.fit(
                    List.of(new LengthControlledWinRate.Row(Double.NaN, 1, 2, 0)),
                    List.of(),
                    LengthControlledWinRate.Config.alpacaEval()))
        .hasMessageContaining("at least one annotated instruction");
    assertThatThrownBy(() -> LengthControlledWinRate.predict(GlmWeights.ZERO, new double[0]))
        .hasMessageContaining("difficulties");
  }
}
