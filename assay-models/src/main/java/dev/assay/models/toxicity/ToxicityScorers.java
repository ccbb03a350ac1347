package dev.assay.models.toxicity;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Opens a {@link ToxicityScorer} by spec ({@code embedded}, {@code onnx:<path>}, {@code perspective}
 * ...) from the registered {@link ToxicityScorerProvider}s.
 *
 * <pre>{@code
 * try (ToxicityScorer s = ToxicityScorers.open("embedded")) { ... }
 * }</pre>
 */
public final class ToxicityScorers {
  private ToxicityScorers() {}

  /** The registered providers. */
  public static List<ToxicityScorerProvider> providers() {
    List<ToxicityScorerProvider> out = new ArrayList<>();
    ServiceLoader.load(ToxicityScorerProvider.class, ToxicityScorers.class.getClassLoader()).forEach(out::add);
    return out;
  }

  /** Opens the scorer for {@code spec}; an unknown spec is an error listing what is accepted. */
  public static ToxicityScorer open(String spec) {
    List<ToxicityScorerProvider> all = providers();
    for (ToxicityScorerProvider p : all) {
      if (p.accepts(spec)) {
        return p.open(spec);
      }
    }
    List<String> usages = all.stream().map(ToxicityScorerProvider::usage).toList();
    throw new IllegalArgumentException(
        "unknown toxicity scorer '" + spec + "': expected one of " + (usages.isEmpty() ? "(none registered)" : String.join(", ", usages)));
  }
}
