package dev.assay.quality.pipeline;

import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;

/**
 * One step of a pipeline: a registered check, what to do with what it flags, and its parameters
 * (overlaid on the check's defaults).
 *
 * <pre>{@code
 * - name: minhash_dedup
 *   action: reject
 *   params: {threshold: 0.8, permutations: 128}
 * }</pre>
 *
 * @param name the check's registered name
 * @param action reject (default), tag, redact or keep
 * @param params the check's parameters; absent keys take the check's defaults
 */
public record CheckSpec(@NotBlank String name, Action action, JsonNode params) {
  public CheckSpec {
    action = action == null ? Action.REJECT : action;
  }
}
