package dev.assay.quality.contamination;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import java.util.Map;

/**
 * Registers the {@code contamination} check with {@link dev.assay.quality.CheckRegistry}.
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("contamination",
 *     Json.MAPPER.readTree("{\"benchmarks\": [\"mt_bench/question.jsonl:turns\"], \"ngram\": 13}"));
 * }</pre>
 */
public final class ContaminationChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of(ContaminationCheck.NAME, ContaminationCheck.class);
  }
}
