package dev.assay.models.toxicity.perspective;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;

/**
 * Registers {@code perspective} with {@link dev.assay.models.toxicity.ToxicityScorers}: the
 * default {@link PerspectiveConfig} (key from {@code PERSPECTIVE_API_KEY}), or options in the spec
 * as {@link PerspectiveSpec} parses them.
 *
 * <pre>{@code
 * try (ToxicityScorer s = ToxicityScorers.open("perspective")) { ... }
 * try (ToxicityScorer s = ToxicityScorers.open("perspective:attributes=TOXICITY,INSULT;qps=2")) { ... }
 * }</pre>
 */
public final class PerspectiveProvider implements ToxicityScorerProvider {
  @Override
  public String usage() {
    return "perspective[:key=value;...] (Google Perspective API; key in $" + PerspectiveConfig.DEFAULT_API_KEY_ENV
        + "; options " + PerspectiveSpec.KEYS + ")";
  }

  @Override
  public boolean accepts(String spec) {
    return PerspectiveSpec.accepts(spec);
  }

  @Override
  public ToxicityScorer open(String spec) {
    return new PerspectiveScorer(PerspectiveSpec.parse(spec));
  }
}
