package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A reward model's evaluation on preference pairs: {@code reward-eval.json} of {@code reward eval
 * --report} (and the test-set figures inside {@code metrics.json} of {@code reward train}). The
 * headline figures are typed; per-source breakdowns, reliability bins and flip rates travel in
 * {@link #extra()}.
 *
 * <pre>{@code
 * RewardMetricsFile m = RunFileKind.REWARD_METRICS.contract(RewardMetricsFile.class).read(dir.resolve("reward-eval.json"));
 * m.accuracy() - m.baselines().longerWins();   // what the model adds over "the longer answer wins"
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RewardMetricsFile(
    @Doc(value = "the reward model file evaluated", required = false) String model,
    @Doc("decided pairs evaluated") long n,
    @Doc(value = "share of pairs where the chosen answer scored higher", required = false) Double accuracy,
    @Doc(value = "95% Wilson interval of the accuracy [lower, upper]", required = false)
        @com.fasterxml.jackson.annotation.JsonProperty("accuracy_wilson_95") List<Double> accuracyWilson95,
    @Doc(value = "accuracy on pairs whose answers have similar lengths", required = false) Double accuracyLengthMatched,
    @Doc(value = "pairs whose answers have similar lengths", required = false) Long nLengthMatched,
    @Doc(value = "expected calibration error of the pair probabilities", required = false) Double ece,
    @Doc(value = "entropy of the pair probabilities, nats", required = false) Double rewardEntropy,
    @Doc(value = "mean reward difference chosen - rejected", required = false) Double meanMargin,
    @Doc(value = "tied pairs left out", required = false) Long tiesSkipped,
    @Doc(value = "what simple rules score on the same pairs", required = false) Baselines baselines,
    @Doc(value = "per-source figures, reliability bins, flip rate against another model ...", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies. */
  public RewardMetricsFile {
    accuracyWilson95 = accuracyWilson95 == null ? null : List.copyOf(accuracyWilson95);
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }

  /**
   * Baseline accuracies.
   *
   * @param longerWins the longer answer wins
   * @param longerWinsLengthMatched the same on length-matched pairs
   * @param random a coin
   */
  public record Baselines(
      @Doc(value = "accuracy of 'the longer answer wins'", required = false) Double longerWins,
      @Doc(value = "the same on length-matched pairs", required = false) Double longerWinsLengthMatched,
      @Doc(value = "a fair coin", required = false) Double random) {}
}
