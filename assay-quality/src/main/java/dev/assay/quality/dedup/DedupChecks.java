package dev.assay.quality.dedup;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import java.util.Map;

/**
 * Registers the duplicate checks: {@code exact_dedup} ({@link ExactDedup}) and
 * {@code minhash_dedup} ({@link MinHashDedup}).
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("minhash_dedup", Json.MAPPER.readTree("{\"threshold\": 0.7, \"ngram\": 3}"));
 * }</pre>
 */
public final class DedupChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of(ExactDedup.NAME, ExactDedup.class, MinHashDedup.NAME, MinHashDedup.class);
  }
}
