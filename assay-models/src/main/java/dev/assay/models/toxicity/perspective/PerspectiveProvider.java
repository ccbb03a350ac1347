package dev.assay.models.toxicity.perspective;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;

/**
 * Registers {@code perspective} with {@link dev.assay.models.toxicity.ToxicityScorers}: the
 * default {@link PerspectiveConfig}, key from {@code PERSPECTIVE_API_KEY}.
 *
 * <pre>{@code
 * try (ToxicityScorer s = ToxicityScorers.open("perspective")) { ... }
 * }</pre>
 */
public final class PerspectiveProvider implements ToxicityScorerProvider {
  @Override
  public String usage() {
    return "perspective (Google Perspective API; key in $" + PerspectiveConfig.DEFAULT_API_KEY_ENV + ")";
  }

  @Override
  public boolean accepts(String spec) {
    return "perspective".equals(spec);
  }

  @Override
  public ToxicityScorer open(String spec) {
    return new PerspectiveScorer(PerspectiveConfig.defaults());
  }
}
