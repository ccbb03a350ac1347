package dev.assay.models.toxicity.embedded;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;

/**
 * Registers {@code embedded}: Assay's own classifier over the bundled MiniLM embeddings, with the
 * bundled weights or, as {@code embedded:<weights.json>}, with weights written by {@code assay
 * train toxicity}.
 *
 * <pre>{@code
 * ToxicityScorers.open("embedded");
 * ToxicityScorers.open("embedded:out/toxicity/weights.json");
 * }</pre>
 */
public final class EmbeddedToxicityProvider implements ToxicityScorerProvider {
  @Override
  public String usage() {
    return "embedded (bundled MiniLM classifier), embedded:<weights.json> (weights from assay train toxicity)";
  }

  @Override
  public boolean accepts(String spec) {
    return spec.equals("embedded") || spec.startsWith("embedded:");
  }

  @Override
  public ToxicityScorer open(String spec) {
    if (spec.startsWith("embedded:")) {
      String file = spec.substring("embedded:".length());
      if (file.isBlank()) {
        throw new IllegalArgumentException("embedded:<weights.json>: the weights file is missing");
      }
      return EmbeddedToxicityScorer.open(java.nio.file.Path.of(file));
    }
    return EmbeddedToxicityScorer.open();
  }
}
