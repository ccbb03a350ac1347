package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.RewardPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RewardTrainerTest {
  /** Synthetic pairs whose preference follows a hidden nonlinear utility of the features. */
  private static List<RewardPair> pairs(int n, Random r, float[][] c, float[][] x) {
    int d = 5;
    List<RewardPair> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] a = new float[d];
      float[] b = new float[d];
      for (int j = 0; j < a.length; j++) {
        a[j] = (float) r.nextGaussian();
        b[j] = (float) r.nextGaussian();
      }
      boolean aBetter = utility(a) > utility(b);
      c[i] = aBetter ? a : b;
      x[i] = aBetter ? b : a;
      out.add(new RewardPair("p" + i, "t:" + (i + 1), "synthetic", null, "prompt " + (i % 97), "c" + i, "r" + i, 1.0, 0));
    }
    return out;
  }

  private static double utility(float[] v) {
    return v[0] + Math.abs(v[1]) - 0.5 * v[2] * v[3];
  }

  @Test
  void learnsANonlinearUtilityDeterministicallyAndStopsEarly() {
    int n = 1200;
    int d = 5;
    float[][] c = new float[n][];
    float[][] x = new float[n][];
    List<RewardPair> train = pairs(n, new Random(1), c, x);
    FeatureSpec spec = new FeatureSpec("test", 2, false, true); // width 2*2 + 1 = 5
    assertThat(spec.width()).isEqualTo(d);
    RewardTrainConfig cfg = new RewardTrainConfig(16, 1e-4, 0.0, 0.01, 32, 60, 3, 0.2, 0.0, false, true, false, 7);
    var m = new PairFeaturizer.Matrices(c, x);
    RewardTrainer.Trained t = RewardTrainer.fit(train, m, spec, cfg, s -> {});
    RewardTrainer.Trained again = RewardTrainer.fit(train, m, spec, cfg, s -> {});
    assertThat(again.model().mlp().params()).containsExactly(t.model().mlp().params());

    float[][] tc = new float[400][];
    float[][] tx = new float[400][];
    pairs(400, new Random(2), tc, tx);
    int right = 0;
    for (int i = 0; i < 400; i++) {
      if (t.model().reward(tc[i]) > t.model().reward(tx[i])) {
        right++;
      }
    }
    assertThat(right / 400.0).isGreaterThan(0.9);
    assertThat(t.curve().bestEpoch()).isBetween(1, t.curve().epochs().size());
    assertThat(t.validationPairs() + t.trainPairs()).isEqualTo(n);
  }
}
