package dev.assay.models.toxicity.embedded;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;

/**
 * Registers {@code embedded}: Assay's own classifier over the bundled MiniLM embeddings.
 *
 * <pre>{@code
 * ToxicityScorers.open("embedded");
 * }</pre>
 */
public final class EmbeddedToxicityProvider implements ToxicityScorerProvider {
  @Override
  public String usage() {
    return "embedded (bundled MiniLM classifier)";
  }

  @Override
  public boolean accepts(String spec) {
    return spec.equals("embedded");
  }

  @Override
  public ToxicityScorer open(String spec) {
    return EmbeddedToxicityScorer.open();
  }
}
