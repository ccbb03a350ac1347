package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaveatsTest {

  @Test
  void qaRemovalNamesTheShareAndTheChecksLargestFirst() {
    Map<String, Long> by = new LinkedHashMap<>();
    by.put("pii", 3L);
    by.put("exact_dedup", 9L);
    by.put("empty", 0L);
    assertThat(Caveats.qaRemoved(500, 12, by)).contains("12 of 500 records (2.4%) were removed by QA: 9 by exact_dedup, 3 by pii.");
    assertThat(Caveats.qaRemoved(500, 0, by)).isEmpty();
    assertThat(Caveats.qaRemoved(0, 0, by)).contains("QA received no records, so nothing was checked.");
  }

  @Test
  void judgeProblemsAndPositionBias() {
    assertThat(Caveats.judgeProblems(120, 3, 2, 1)).containsExactly(
        "3 of 120 rows (2.5%) were not judged because the model call failed (see errors.jsonl); run the command again to retry them.",
        "2 of 120 judgments (1.7%) had no readable verdict and do not count.",
        "1 of 120 rows (0.8%) were unusable input and were quarantined (see quarantine.jsonl).");
    assertThat(Caveats.judgeProblems(120, 0, 0, 0)).isEmpty();
    assertThat(Caveats.positionBias(0.18, 100)).contains(
        "The judge changed its verdict when the two answers were swapped on 18% of 100 pairs (position bias above 10%); those pairs count as ties.");
    assertThat(Caveats.positionBias(0.05, 100)).isEmpty();
    assertThat(Caveats.positionBias(Double.NaN, 0)).isEmpty();
  }

  @Test
  void smallSamplesAndTheOfflineJudge() {
    assertThat(Caveats.smallSample("x", 29, "pairs")).isPresent();
    assertThat(Caveats.smallSample("x", 30, "pairs")).isEmpty();
    assertThat(Caveats.smallSample("x", 0, "pairs")).isEmpty();
    assertThat(Caveats.rewardModelJudge(0.8399, 0.8291, 0.8501, 4691)).isEqualTo(
        "The judge is Assay's offline reward model, not an LLM: on 4,691 held-out pairs it agreed with the reference preference"
            + " 84% of the time (95% CI 83-85%); it is a small model over sentence embeddings that leans on length and layout,"
            + " so read its verdicts as a cheap proxy.");
    assertThat(Caveats.rewardModelJudge(Double.NaN, Double.NaN, Double.NaN, 0)).contains("is not recorded with it");
  }
}
