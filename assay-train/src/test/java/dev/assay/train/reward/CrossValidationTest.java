package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.RewardPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  @Test
  void picksTheLowestMeanHeldOutLossAndKeepsPromptsInOneFold() {
    Random r = new Random(3);
    int n = 400;
    float[][] c = new float[n][];
    float[][] x = new float[n][];
    List<RewardPair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] a = {(float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian()};
      float[] b = {(float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian()};
      boolean aBetter = a[0] - a[1] > b[0] - b[1];
      c[i] = aBetter ? a : b;
      x[i] = aBetter ? b : a;
      pairs.add(new RewardPair("p" + i, "t:" + i, "s", null, "prompt " + (i % 50), "c", "r", 1.0, 0));
    }
    FeatureSpec spec = new FeatureSpec("test", 1, false, true); // width 2*1 + 1 = 3
    RewardTrainConfig good = new RewardTrainConfig(4, 1e-4, 0.0, 0.01, 32, 30, 3, 0.2, 0.0, false, true, false, 5);
    RewardTrainConfig starved = new RewardTrainConfig(1, 3.0, 0.0, 1e-4, 32, 1, 1, 0.2, 0.0, false, true, false, 5);
    CrossValidation.Result res = CrossValidation.search(pairs, new PairFeaturizer.Matrices(c, x), spec,
        List.of(starved, good), 3, s -> {});
    assertThat(res.best().config()).isEqualTo(good);
    assertThat(res.best().meanAccuracy()).isGreaterThan(0.9);
    assertThat(res.candidates()).hasSize(2).allMatch(k -> k.foldLoss().size() == 3);
    // a prompt's fold does not depend on anything but the prompt and the seed
    for (RewardPair p : pairs) {
      assertThat(GroupSplit.fold(p.group(), 7, 3)).isEqualTo(GroupSplit.fold("prompt " + (Integer.parseInt(p.id().substring(1)) % 50), 7, 3));
    }
    assertThat(CrossValidation.randomSearch(good, 4, 1)).hasSize(4).first().isEqualTo(good);
  }

  @Test
  void sentencesForOcclusion() {
    String t = "Boil water. Add the egg!  Wait nine minutes?";
    List<int[]> s = OcclusionExplainer.sentences(t);
    assertThat(s).hasSize(3);
    assertThat(t.substring(s.get(1)[0], s.get(1)[1]).strip()).isEqualTo("Add the egg!");
  }
}
