package dev.assay.quality.toxicity;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import java.util.Map;

/**
 * Registers the {@code toxicity} check.
 *
 * <pre>{@code
 * CheckRegistry.create("toxicity", null);   // embedded scorer, toxicity >= 0.5
 * }</pre>
 */
public final class ToxicityChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of(ToxicityCheck.NAME, ToxicityCheck.class);
  }
}
