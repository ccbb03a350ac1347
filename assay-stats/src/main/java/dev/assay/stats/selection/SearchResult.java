package dev.assay.stats.selection;

import java.util.List;

/**
 * The outcome of a hyperparameter search: every candidate tried with its score, and the best one
 * (highest score; the first tried wins ties).
 *
 * <pre>{@code
 * SearchResult<Map<String, Object>> r = HyperparameterSearch.grid(grid, this::cvScore);
 * r.best();   r.bestScore();
 * }</pre>
 *
 * @param best the best candidate
 * @param bestScore its score
 * @param trials every candidate in the order tried, with its score
 * @param <P> the candidate type
 */
public record SearchResult<P>(P best, double bestScore, List<Trial<P>> trials) {
  /** Copies the trials. */
  public SearchResult {
    trials = List.copyOf(trials);
  }

  /** One candidate and its score. */
  public record Trial<P>(P params, double score) {}
}
