package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The QA, judge, reward-evaluation and bias templates with fixed numbers. */
class TemplatesTest {

  @Test
  void qa() {
    ExecutiveSummary s = QaSentences.of(65, 38, 27, 0, List.of("empty", "pii", "exact_dedup"),
        Map.of("exact_dedup", 26L, "empty", 1L), Map.of("email", 1L));
    assertThat(s.tested()).containsExactly("We checked 65 records with 3 QA checks (empty, pii, exact_dedup).");
    assertThat(s.headlines()).containsExactly(
        "38 of 65 records (58%) passed QA and were kept; 27 were rejected and 0 quarantined.",
        "Personal data was found 1 time: 1 email.");
    assertThat(s.caveats()).containsExactly("27 of 65 records (42%) were removed by QA: 26 by exact_dedup, 1 by empty.");
    ExecutiveSummary empty = QaSentences.of(0, 0, 0, 0, List.of(), Map.of(), Map.of());
    assertThat(empty.headlines()).isEmpty();
    assertThat(empty.caveats()).containsExactly("QA received no records, so nothing was checked.");
  }

  @Test
  void judge() {
    ExecutiveSummary s = JudgeSentences.of(new JudgeTally("pairwise", 120, 117, 70, 40, 7, 3, 0, 0, 117, 9));
    assertThat(s.tested()).containsExactly("We judged 120 answer pairs with the pairwise judge.");
    assertThat(s.headlines()).containsExactly("Of 117 judged pairs, output A won 70 (60%), output B 40 (34%) and 7 (6%) were ties.");
    assertThat(s.caveats()).hasSize(1).first().asString().startsWith("3 of 120 rows (2.5%) were not judged");
    ExecutiveSummary none = JudgeSentences.of(new JudgeTally("pairwise", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(none.headlines()).isEmpty();
    assertThat(none.caveats()).containsExactly("No pair received a verdict, so there is nothing to compare.");
    ExecutiveSummary biased = JudgeSentences.of(new JudgeTally("pairwise", 100, 100, 0, 0, 100, 0, 0, 0, 100, 100));
    assertThat(biased.headlines()).containsExactly("Of 100 judged pairs, output A won 0 (0%), output B 0 (0%) and 100 (100%) were ties.");
    assertThat(biased.caveats()).singleElement().asString().contains("on 100% of 100 pairs");
  }

  @Test
  void judgeVerdictsCountModelsWhenTheRowsNameThem() {
    java.util.Map<String, Long> byModel = new java.util.LinkedHashMap<>();
    byModel.put("model-b", 70L);
    byModel.put("model-a", 40L);
    byModel.put("tie", 7L);
    ExecutiveSummary s = JudgeSentences.of(new JudgeTally("pairwise", 120, 117, 70, 40, 7, 3, 0, 0, 117, 9), byModel);
    assertThat(s.headlines()).containsExactly("Of 117 judged pairs, model-b was preferred on 70 (60%), model-a on 40 (34%) and 7 (6%) were ties.");
  }

  @Test
  void rewardEvaluation() {
    ExecutiveSummary s = RewardSentences.of(new RewardAccuracy("default", 60, 0.5667, 0.441, 0.6843, 0.575, 6, 0.5, 0.1409));
    assertThat(s.tested()).containsExactly("We evaluated the reward model default on 60 preference pairs.");
    assertThat(s.headlines()).isEmpty();
    assertThat(s.notSignificant()).containsExactly(
        "The reward model default picks the preferred answer in 57% of 60 pairs (accuracy; 95% CI 44-68%), which is not significantly better than chance (50%).",
        "It is not significantly different from the \"longer answer wins\" baseline (58%), which lies inside its 95% interval.");
    assertThat(s.caveats()).containsExactly(
        "Only 6 pairs have answers of similar length (within 10%), so the length-matched accuracy (50%) says little about length bias.",
        "Its probabilities are poorly calibrated (expected calibration error 0.141): do not read them as chances that an answer is preferred.");
    ExecutiveSummary good = RewardSentences.of(new RewardAccuracy("m", 4691, 0.8399, 0.8291, 0.8501, 0.8253, 192, 0.6146, 0.04));
    assertThat(good.headlines()).containsExactly(
        "The reward model m picks the preferred answer in 84% of 4,691 pairs (accuracy; 95% CI 83-85%), better than chance.",
        "It beats the \"longer answer wins\" baseline (83%): its 95% interval lies above it.");
    assertThat(good.caveats()).isEmpty();
    assertThat(RewardSentences.of(new RewardAccuracy("m", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN)).caveats())
        .containsExactly("No decided preference pair was evaluated, so there is no accuracy.");
  }

  @Test
  void bias() {
    ExecutiveSummary s = BiasSentences.of("lexicon:block.txt", 8, 0.9, 0.8614798641586005, List.of(
        new GroupBias("muslim", 3, 0.75, 0.75, 1.0, 0.5), new GroupBias("christian", 3, 1.0, 1.0, 0.8333, 0.0)), 0.5);
    assertThat(s.tested()).containsExactly(
        "We audited the toxicity scorer lexicon:block.txt for identity bias on 8 labelled records mentioning 2 identity groups.");
    assertThat(s.headlines()).containsExactly(
        "Overall AUC is 0.900 and the Jigsaw final bias score 0.861 (1 would be a perfect, unbiased ranking).",
        "The group treated worst is muslim: BPSN AUC 0.750, subgroup AUC 0.750; at threshold 0.5 it wrongly flags 50% of the group's non-toxic texts.");
    assertThat(s.caveats()).containsExactly(
        "Groups with fewer than 30 records: muslim (3), christian (3); their AUCs can change a lot with a few records.",
        "The audit computes no confidence intervals, so differences between groups are not tested for significance.");
    assertThat(BiasSentences.of("x", 0, Double.NaN, Double.NaN, List.of(), 0.5).caveats())
        .containsExactly("No labelled record could be used, so nothing was measured.");
  }

  @Test
  void validation() {
    java.util.Map<String, Long> problems = new java.util.LinkedHashMap<>();
    problems.put("malformed JSON", 1L);
    problems.put("field 'messages'", 3L);
    ExecutiveSummary s = ValidationSentences.of("openai-chat", 139, 135, 4, problems);
    assertThat(s.tested()).containsExactly("We validated 139 records against the openai-chat schema.");
    assertThat(s.headlines()).containsExactly("135 of 139 records (97%) are valid.");
    assertThat(s.caveats()).containsExactly(
        "4 of 139 records (2.9%) failed validation and were quarantined: 3 field 'messages', 1 malformed JSON.");
    assertThat(ValidationSentences.of("alpaca", 10, 10, 0, Map.of()).caveats()).isEmpty();
    assertThat(ValidationSentences.of("alpaca", 0, 0, 0, Map.of()).caveats()).containsExactly("The input had no records.");
  }
}
