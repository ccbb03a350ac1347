package dev.assay.models.toxicity.lexicon;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;
import java.nio.file.Path;

/**
 * Registers {@code lexicon:<word-list file>}.
 *
 * <pre>{@code
 * ToxicityScorers.open("lexicon:blocklist.txt");
 * }</pre>
 */
public final class LexiconScorerProvider implements ToxicityScorerProvider {
  private static final String PREFIX = "lexicon:";

  @Override
  public String usage() {
    return "lexicon:<word list, one term per line>";
  }

  @Override
  public boolean accepts(String spec) {
    return spec.startsWith(PREFIX);
  }

  @Override
  public ToxicityScorer open(String spec) {
    return new LexiconScorer(Path.of(spec.substring(PREFIX.length())));
  }
}
