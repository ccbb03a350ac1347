package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeRegistryTest {
  @Test
  void everyBuiltinJudgeIsRegisteredAndBuildsFromDefaults() {
    assertThat(JudgeRegistry.all().keySet()).containsExactly(
        "alpaca-logprob", "g-eval", "pairwise", "pairwise-reference", "reward-model", "rubric", "single",
        "single-reference");
    for (String name : JudgeRegistry.all().keySet()) {
      Judge<?, ?> j = JudgeRegistry.create(name, (Map<String, ?>) null);
      assertThat(j.name()).isEqualTo(name);
      boolean offline = name.equals("reward-model");
      assertThat(j.needsModel()).as(name).isEqualTo(!offline);
      assertThat(j instanceof LlmJudge).as(name).isEqualTo(!offline);
    }
    assertThat(JudgeRegistry.kindOf("reward-model")).isEqualTo("pairwise");
    assertThat(JudgeRegistry.kindOf("pairwise")).isEqualTo("pairwise");
    assertThat(JudgeRegistry.kindOf("alpaca-logprob")).isEqualTo("pairwise");
    assertThat(JudgeRegistry.kindOf("g-eval")).isEqualTo("single");
    assertThat(JudgeRegistry.kindOf("rubric")).isEqualTo("rubric");
  }

  @Test
  void parametersOverlayDefaultsAndConfigRoundTrips() {
    Judge<?, ?> j = JudgeRegistry.create("pairwise", Map.of("samples", 3, "prompt", "pairwise-direct", "single_order_fallback", true));
    assertThat(j).isEqualTo(new PairwiseVerdictJudge("pairwise-direct", true, 3, null, 1024, null, false, true, true));
    Map<String, Object> cfg = JudgeRegistry.configOf(j);
    assertThat(cfg).containsEntry("judge", "pairwise").containsEntry("samples", 3).containsEntry("single_order_fallback", true);
    assertThat(JudgeRegistry.create("pairwise", cfg)).isEqualTo(j);
    assertThatThrownBy(() -> JudgeRegistry.create("single", cfg)).hasMessageContaining("parameter 'judge' says 'pairwise'");
  }

  @Test
  void errorsNameTheJudgeAndTheParameter() {
    assertThatThrownBy(() -> JudgeRegistry.create("pairwize", Map.of()))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("unknown judge 'pairwize'").hasMessageContaining("pairwise");
    assertThatThrownBy(() -> JudgeRegistry.create("single", Map.of("scale_max", 5)))
        .hasMessageContaining("judge 'single': unknown parameter 'scale_max'").hasMessageContaining("max");
    assertThatThrownBy(() -> JudgeRegistry.create("single", Map.of("samples", 0)))
        .hasMessageContaining("judge 'single'").hasMessageContaining("samples");
    assertThatThrownBy(() -> JudgeRegistry.create("single", Map.of("prompt", "nope")))
        .hasMessageContaining("unknown prompt 'nope'");
  }

  @Test
  void typedCreateChecksTheKind() {
    PairwiseJudge p = JudgeRegistry.create("alpaca-logprob", Map.of(), PairwiseJudge.class);
    assertThat(p.name()).isEqualTo("alpaca-logprob");
    assertThat(JudgeRegistry.create("g-eval")).isInstanceOf(SingleJudge.class);
    assertThatThrownBy(() -> JudgeRegistry.create("single", Map.of(), PairwiseJudge.class))
        .isInstanceOf(AssayInputException.class)
        .hasMessage("judge 'single' is a single judge; expected a PairwiseJudge: one of alpaca-logprob, pairwise, pairwise-reference, reward-model");
  }

  @Test
  void everyJudgesConfigurationRebuildsTheSameJudge() {
    for (String name : JudgeRegistry.all().keySet()) {
      Judge<?, ?> j = JudgeRegistry.create(name);
      Map<String, Object> params = new LinkedHashMap<>(JudgeRegistry.configOf(j));
      assertThat(params.remove("judge")).isEqualTo(name);
      assertThat(params).as(name).containsKey(name.equals("reward-model") ? "reward_model" : "prompt").doesNotContainKey("name");
      assertThat(JudgeRegistry.create(name, params)).as(name).isEqualTo(j);
    }
  }

  @Test
  void referenceVariantsAreAParameterOfOneClass() {
    Judge<?, ?> single = JudgeRegistry.create("single-reference");
    assertThat(single).isEqualTo(SingleScoreJudge.defaults(SingleScoreJudge.REFERENCE_NAME));
    assertThat(((SingleScoreJudge) single).reference()).isTrue();
    assertThat(((SingleScoreJudge) single).protocol().needsReference()).isTrue();
    assertThat(((SingleScoreJudge) JudgeRegistry.create("single")).protocol().needsReference()).isFalse();
    Judge<?, ?> pair = JudgeRegistry.create("pairwise-reference");
    assertThat(pair).isInstanceOf(PairwiseVerdictJudge.class);
    assertThat(((PairwiseVerdictJudge) pair).prompt()).isEqualTo("pairwise-reference");
    assertThat(JudgeRegistry.all().get("pairwise-reference")).isEqualTo(PairwiseVerdictJudge.class);
    assertThatThrownBy(() -> JudgeRegistry.create("single", Map.of("reference", true)))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("make the judge 'single-reference'");
  }
}
