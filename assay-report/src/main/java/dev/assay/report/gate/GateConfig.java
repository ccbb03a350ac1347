package dev.assay.report.gate;

import dev.assay.core.config.ConfigLoader;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code gate.yaml}: the same assertions as {@code --assert}, as a list, and optionally how baseline
 * comparisons are tested. Loaded by core's {@link ConfigLoader}, so every error names
 * {@code gate.yaml:LINE}; command-line options override the file's settings, and {@code --assert}
 * assertions come after the file's.
 *
 * <pre>{@code
 * # gate.yaml
 * alpha: 0.05          # family-wise level of baseline comparisons (Holm)
 * test: auto           # auto | mcnemar | bootstrap
 * assertions:
 *   - "qa.rejected_share <= 0.10"
 *   - "leaderboard.models[model-a].win_rate_lower >= 50"
 *   - assert: "judge.win_rate >= baseline - 0.02"
 *     severity: warn
 *
 * GateConfig c = GateConfig.load(Path.of("gate.yaml"));
 * }</pre>
 *
 * @param assertions the assertions, in order
 * @param alpha significance level, or null for the default (0.05)
 * @param test which test, or null for auto
 * @param resamples paired bootstrap resamples, or null for 2,000
 * @param seed bootstrap seed, or null for 42
 */
public record GateConfig(
    @JsonDeserialize(contentUsing = GateAssertionYaml.class) List<GateAssertion> assertions,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double alpha,
    TestChoice test,
    @Min(1) Integer resamples,
    Long seed) {

  /** Copies; no assertions is an empty list. */
  public GateConfig {
    assertions = assertions == null ? List.of() : List.copyOf(assertions);
  }

  /** Loads {@code file}; errors name {@code file:line}. */
  public static GateConfig load(Path file) {
    return ConfigLoader.load(file, GateConfig.class);
  }
}
