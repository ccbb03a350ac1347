package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.reward.RewardPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardEvaluatorTest {
  private static RewardPair pair(String source, String chosen, String rejected, double label) {
    return new RewardPair("id", "t:1", source, null, "p", chosen, rejected, label, 0);
  }

  @Test
  void accuracyBaselinesLengthMatchingAndTies() {
    List<RewardPair> pairs = List.of(
        pair("a", "aaaaaaaaaa", "bbbbbbbbb", 1.0),   // length-matched (10 vs 9), longer chosen
        pair("a", "aaaa", "bbbbbbbbbb", 1.0),        // shorter chosen
        pair("b", "aaaaaaaaaa", "bbbbbbbbbb", 0.9),  // equal length: longer-wins scores half
        pair("b", "x", "yy", 0.5));                  // tie label: not counted
    double[] rc = {1.0, 2.0, 0.0, 5.0};
    double[] rr = {0.0, 3.0, -1.0, 0.0};
    RewardMetrics m = RewardEvaluator.evaluate(pairs, rc, rr);
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.ties()).isEqualTo(1);
    assertThat(m.accuracy()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(m.longerWins()).isCloseTo(1.5 / 3, within(1e-12));
    assertThat(m.nLengthMatched()).isEqualTo(2);
    assertThat(m.accuracyLengthMatched()).isEqualTo(1.0);
    assertThat(m.random()).isEqualTo(0.5);
    // Wilson 95% for 2/3: statsmodels proportion_confint(2, 3, method='wilson') = (0.2077, 0.9385)
    assertThat(m.wilsonLow()).isCloseTo(0.2077, within(1e-3));
    assertThat(m.wilsonHigh()).isCloseTo(0.9385, within(1e-3));
    // reward entropy of margins 1, -1, 1 (the stats module's RewardEntropy)
    double h1 = dev.assay.stats.info.RewardEntropy.entropyOfMargin(1);
    assertThat(m.rewardEntropy()).isCloseTo(h1, within(1e-12));
    assertThat(m.bySource()).containsKeys("a", "b");
    assertThat(m.bySource().get("a").n()).isEqualTo(2);
    Map<String, Object> json = m.toMap();
    assertThat(json).containsKeys("accuracy", "accuracy_length_matched", "ece", "reward_entropy", "n", "baselines", "by_source");
  }

  @Test
  void symmetrisedEceOfPerfectlyCalibratedMarginsIsSmall() {
    // margins whose sigma is 0.8, with 80% of the pairs right: calibrated, ECE 0
    int n = 100;
    RewardPair[] ps = new RewardPair[n];
    double[] rc = new double[n];
    double[] rr = new double[n];
    double d = Math.log(0.8 / 0.2);
    for (int i = 0; i < n; i++) {
      ps[i] = pair("s", "c" + i, "r" + i, 1.0);
      rc[i] = i < 80 ? d : 0;
      rr[i] = i < 80 ? 0 : d;
    }
    RewardMetrics m = RewardEvaluator.evaluate(List.of(ps), rc, rr);
    assertThat(m.accuracy()).isCloseTo(0.8, within(1e-12));
    assertThat(m.ece()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void flipRateCountsPairsOrderedDifferentlyAndExcludesTies() {
    // pair 0 agrees, pair 1 flips, pair 2 is a reward tie for model B (excluded)
    Map<String, Object> f = RewardEvaluator.flipRate(new double[] {1, 1, 1}, new double[] {0, 0, 0},
        new double[] {2, 0, 1}, new double[] {0, 2, 1});
    assertThat(f).containsEntry("flips", 1L).containsEntry("compared", 2L).containsEntry("excluded_ties", 1L);
    assertThat((Double) f.get("flip_rate")).isEqualTo(0.5);
  }
}
