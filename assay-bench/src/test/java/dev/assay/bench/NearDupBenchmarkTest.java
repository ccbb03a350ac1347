package dev.assay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.quality.dedup.MinHashDedup;
import dev.assay.quality.dedup.Shingler;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A smaller run of the near-duplicate accuracy benchmark (docs/benchmarks.md): 200 real AlpacaEval
 * outputs from ../shared/data, 8 edited variants each. With verification and recall-leaning
 * banding (weights 0.1/0.9), F1 of (base, variant) pairs must be at least 0.95 at every edit rate
 * whose mean true Jaccard is above the threshold, for thresholds 0.8 and 0.5.
 */
class NearDupBenchmarkTest {
  @Test
  void f1AtLeast095WhereTrueJaccardIsAboveTheThreshold() throws Exception {
    Path data = dev.assay.testkit.SharedData.path("alpaca_eval/annotations");
    NearDupCorpus c = NearDupCorpus.build(NearDupCorpus.alpacaOutputs(data, 200, 50), NearDupBenchmark.RATES, 7);
    assertThat(c.texts()).hasSize(200 * 9);
    PairTruth truth = PairTruth.of(c.texts(), new Shingler(true, 5, true));
    for (double t : new double[] {0.8, 0.5}) {
      MinHashDedup tuned = NearDupBenchmark.configs(t).get(1);
      NearDupBenchmark.Result r = NearDupBenchmark.evaluate(c, truth, tuned);
      int above = 0;
      for (NearDupBenchmark.RateScore s : r.byRate()) {
        if (s.meanJaccard() > t) {
          above++;
          assertThat(s.score().f1()).as("F1 at edit rate %s, threshold %s", s.rate(), t).isGreaterThanOrEqualTo(0.95);
          assertThat(s.score().precision()).as("precision at edit rate %s", s.rate()).isGreaterThanOrEqualTo(0.95);
        }
      }
      assertThat(above).isGreaterThanOrEqualTo(3);
      assertThat(r.overall().recall()).isGreaterThan(0.95);
    }
  }

  @Test
  void wordEditsAreSeededAndNearTheRate() {
    String[] words = new String[10_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + i;
    }
    String[] vocab = {"x", "y", "z"};
    String[] a = WordEdits.edit(words, 0.1, vocab, new SplittableRandom(3));
    String[] b = WordEdits.edit(words, 0.1, vocab, new SplittableRandom(3));
    assertThat(a).isEqualTo(b);
    long kept = java.util.Arrays.stream(a).filter(w -> w.startsWith("w")).count();
    assertThat(kept).isBetween(9_250L, 9_450L); // 10% edited, two thirds of them remove the word
    assertThat(WordEdits.edit(words, 0, vocab, new SplittableRandom(1))).isEqualTo(words);
  }

  @Test
  void pairTruthMatchesDirectJaccard() {
    List<String> texts = List.of("a b c d e f g", "a b c d e f h", "x y z", "a b c d e f g");
    PairTruth t = PairTruth.of(texts, new Shingler(true, 2, true));
    assertThat(t.jaccard(0, 1)).isEqualTo(5.0 / 7);
    assertThat(t.jaccard(0, 3)).isEqualTo(1.0);
    assertThat(t.jaccard(0, 2)).isZero();
  }
}
