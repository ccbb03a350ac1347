package dev.assay.stats.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Grid and random hyperparameter search over named parameter lists, generic over the scoring
 * function (higher is better; NaN scores are recorded but never best). Grid order is
 * scikit-learn's {@code ParameterGrid}: parameter names sorted, the last name varying fastest.
 * Random search draws each parameter uniformly from its list with a seeded generator (with
 * replacement across candidates).
 *
 * <pre>{@code
 * Map<String, List<?>> grid = Map.of("C", List.of(0.1, 1.0, 10.0), "penalty", List.of("l1", "l2"));
 * SearchResult<Map<String, Object>> r = HyperparameterSearch.grid(grid, p -> cvScore(p));
 * }</pre>
 */
public final class HyperparameterSearch {
  private HyperparameterSearch() {}

  /** Every combination, scored. */
  public static SearchResult<Map<String, Object>> grid(
      Map<String, ? extends List<?>> space, ToDoubleFunction<Map<String, Object>> score) {
    List<String> names = checkSpace(space);
    Objects.requireNonNull(score, "score");
    List<Map<String, Object>> candidates = new ArrayList<>();
    int[] idx = new int[names.size()];
    while (true) {
      Map<String, Object> c = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        c.put(names.get(i), space.get(names.get(i)).get(idx[i]));
      }
      candidates.add(c);
      int d = names.size() - 1;
      while (d >= 0 && ++idx[d] == space.get(names.get(d)).size()) {
        idx[d] = 0;
        d--;
      }
      if (d < 0) {
        break;
      }
    }
    return evaluate(candidates, score);
  }

  /** {@code trials} random combinations, scored. */
  public static SearchResult<Map<String, Object>> random(
      Map<String, ? extends List<?>> space, int trials, long seed, ToDoubleFunction<Map<String, Object>> score) {
    List<String> names = checkSpace(space);
    Objects.requireNonNull(score, "score");
    if (trials < 1) {
      throw new IllegalArgumentException("trials: expected >= 1, found " + trials);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (int t = 0; t < trials; t++) {
      Map<String, Object> c = new LinkedHashMap<>();
      for (String name : names) {
        List<?> values = space.get(name);
        c.put(name, values.get(rng.nextInt(values.size())));
      }
      candidates.add(c);
    }
    return evaluate(candidates, score);
  }

  private static <P> SearchResult<P> evaluate(List<P> candidates, ToDoubleFunction<P> score) {
    List<SearchResult.Trial<P>> trials = new ArrayList<>();
    P best = null;
    double bestScore = Double.NaN;
    for (P c : candidates) {
      double s = score.applyAsDouble(c);
      trials.add(new SearchResult.Trial<>(c, s));
      if (!Double.isNaN(s) && (best == null || s > bestScore)) {
        best = c;
        bestScore = s;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("score: every candidate scored NaN");
    }
    return new SearchResult<>(best, bestScore, trials);
  }

  private static List<String> checkSpace(Map<String, ? extends List<?>> space) {
    Objects.requireNonNull(space, "space");
    if (space.isEmpty()) {
      throw new IllegalArgumentException("space: expected at least one parameter, found none");
    }
    List<String> names = new ArrayList<>(space.keySet());
    names.sort(null);
    for (String n : names) {
      List<?> v = space.get(n);
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException("space: parameter '" + n + "': expected at least one value, found none");
      }
    }
    return names;
  }
}
