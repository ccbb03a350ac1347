package dev.assay.quality.semantic;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import java.util.Map;

/**
 * Registers the embedding-based checks: {@code semantic_dedup} ({@link SemanticDedup}) and
 * {@code relevance} ({@link Relevance}).
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("semantic_dedup", null);   // defaults
 * }</pre>
 */
public final class SemanticChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of("semantic_dedup", SemanticDedup.class, "relevance", Relevance.class);
  }
}
