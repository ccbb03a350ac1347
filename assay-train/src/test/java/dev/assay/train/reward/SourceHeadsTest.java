package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.PromptGate;
import dev.assay.models.reward.RewardHead;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One head per source with a prompt gate, on synthetic data where two sources want opposite
 * things: source "helpful" prefers a high first response feature, source "harmless" a low one, and
 * the prompts of the two sources point in different directions of a 2-d "prompt embedding". A
 * single network cannot serve both; two heads mixed by the gate can.
 */
class SourceHeadsTest {
  private static final FeatureSpec SPEC = new FeatureSpec("test", 2, false, false, true);

  private record Data(List<RewardPair> pairs, PairFeaturizer.Matrices rows) {}

  private static Data data(int n, long seed) {
    Random r = new Random(seed);
    List<RewardPair> pairs = new ArrayList<>();
    float[][] c = new float[n][];
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      boolean helpful = i % 2 == 0;
      float[] prompt = helpful
          ? new float[] {1f + 0.3f * (float) r.nextGaussian(), 0.3f * (float) r.nextGaussian()}
          : new float[] {0.3f * (float) r.nextGaussian(), 1f + 0.3f * (float) r.nextGaussian()};
      float[] a = row(r, prompt);
      float[] b = row(r, prompt);
      boolean aBetter = helpful == (a[0] > b[0]);
      c[i] = aBetter ? a : b;
      x[i] = aBetter ? b : a;
      pairs.add(new RewardPair("p" + i, "t:" + (i + 1), helpful ? "helpful" : "harmless", null,
          "prompt " + (i % 301), "c" + i, "r" + i, 1.0, 0));
    }
    return new Data(pairs, new PairFeaturizer.Matrices(c, x));
  }

  /** Response features (2-d "embedding" + cosine) followed by the prompt context. */
  private static float[] row(Random r, float[] prompt) {
    return new float[] {(float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian(), prompt[0], prompt[1]};
  }

  private static double accuracy(RewardModel m, Data d, String source) {
    int right = 0;
    int n = 0;
    for (int i = 0; i < d.pairs().size(); i++) {
      if (d.pairs().get(i).source().equals(source)) {
        n++;
        right += m.reward(d.rows().chosen()[i]) > m.reward(d.rows().rejected()[i]) ? 1 : 0;
      }
    }
    return (double) right / n;
  }

  @Test
  void headsBySourceLearnOppositePreferencesThatOneNetworkCannot() {
    Data train = data(1600, 1);
    Data test = data(600, 2);
    RewardTrainConfig base = new RewardTrainConfig(8, 1e-4, 0.0, 0.01, 32, 40, 4, 0.2, 0.0, false, false, false, 7);

    RewardTrainer.Trained heads = RewardTrainer.fit(train.pairs(), train.rows(), SPEC, base.withHeads(2, true), s -> {});
    assertThat(heads.model().heads()).extracting(RewardHead::name).containsExactly("harmless", "helpful");
    assertThat(heads.model().heads().get(0).members()).hasSize(2);
    assertThat(heads.headCurves()).containsOnlyKeys("harmless", "helpful");
    assertThat(accuracy(heads.model(), test, "helpful")).isGreaterThan(0.9);
    assertThat(accuracy(heads.model(), test, "harmless")).isGreaterThan(0.9);

    RewardTrainer.Trained one = RewardTrainer.fit(train.pairs(), train.rows(), SPEC, base, s -> {});
    double both = (accuracy(one.model(), test, "helpful") + accuracy(one.model(), test, "harmless")) / 2;
    assertThat(both).isLessThan(0.75);
  }

  @Test
  void networksFittedInParallelGiveTheSameModelEveryTime() {
    Data train = data(600, 3);
    RewardTrainConfig cfg = new RewardTrainConfig(4, 1e-4, 0.1, 0.01, 32, 8, 3, 0.2, 0.0, false, false, false, 11)
        .withHeads(3, true);
    RewardModel a = RewardTrainer.fit(train.pairs(), train.rows(), SPEC, cfg, s -> {}).model();
    RewardModel b = RewardTrainer.fit(train.pairs(), train.rows(), SPEC, cfg, s -> {}).model();
    assertThat(a.toJson()).isEqualTo(b.toJson());
  }

  @Test
  void theGateWeighsHeadsByPromptAndSumsToOne() {
    PromptGate g = new PromptGate(List.of("a", "b"), new double[][] {{0, 0}, {2, -1}}, new double[] {0, 0.5});
    double[] w = g.weights(new float[] {1f, 1f});
    assertThat(w[0] + w[1]).isCloseTo(1.0, within(1e-12));
    assertThat(w[1]).isCloseTo(1 / (1 + Math.exp(-(2 - 1 + 0.5))), within(1e-12));
  }

  @Test
  void syntheticLazyAnswerPairsTrainEveryHeadButNotTheGate() {
    Data d = data(400, 4);
    List<RewardPair> pairs = new ArrayList<>(d.pairs());
    List<float[]> c = new ArrayList<>(List.of(d.rows().chosen()));
    List<float[]> x = new ArrayList<>(List.of(d.rows().rejected()));
    for (int i = 0; i < 40; i++) {
      pairs.add(new RewardPair("z" + i, "z:" + i, LazyAnswers.SOURCE, null, "prompt " + i, "real", "No.", 1.0, 0));
      c.add(d.rows().chosen()[i]);
      x.add(d.rows().rejected()[i]);
    }
    var rows = new PairFeaturizer.Matrices(c.toArray(new float[0][]), x.toArray(new float[0][]));
    RewardTrainConfig cfg = new RewardTrainConfig(4, 1e-4, 0.0, 0.01, 32, 5, 3, 0.2, 0.0, false, false, false, 5)
        .withHeads(1, true);
    RewardModel m = RewardTrainer.fit(pairs, rows, SPEC, cfg, s -> {}).model();
    assertThat(m.heads()).extracting(RewardHead::name).containsExactly("harmless", "helpful");
    assertThat(m.gate().heads()).containsExactly("harmless", "helpful");
  }
}
