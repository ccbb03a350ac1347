package dev.assay.stats.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Online Elo over battles in the given order, as FastChat's {@code compute_elo}: for each battle
 * {@code E_a = 1 / (1 + base^((R_b - R_a) / scale))}, {@code R_a += K (S_a - E_a)}, {@code R_b -=
 * K (S_a - E_a)}, with {@code S_a} = 1, 0.5 (tie) or 0. The result depends on the order.
 *
 * <pre>{@code
 * RatingTable elo = EloRating.compute(battles, EloConfig.FASTCHAT);
 * }</pre>
 */
public final class EloRating {
  private EloRating() {}

  /**
   * Runs the updates.
   *
   * @throws IllegalArgumentException if there are no battles
   */
  public static RatingTable compute(Iterable<Battle> battles, EloConfig config) {
    Objects.requireNonNull(battles, "battles");
    Objects.requireNonNull(config, "config");
    double alpha = Math.log(config.base()) / config.scale();
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Double> ratings = new ArrayList<>();
    for (Battle b : battles) {
      int a = index.computeIfAbsent(b.modelA(), k -> add(ratings, config.initRating(), index));
      int c = index.computeIfAbsent(b.modelB(), k -> add(ratings, config.initRating(), index));
      double ra = ratings.get(a);
      double rb = ratings.get(c);
      double prob = 1.0 / (1.0 + Math.exp(alpha * (rb - ra)));
      double update = config.k() * (b.outcome().scoreForA() - prob);
      ratings.set(a, ra + update);
      ratings.set(c, rb - update);
    }
    if (index.isEmpty()) {
      throw new IllegalArgumentException("battles: expected at least one, found none");
    }
    double[] r = ratings.stream().mapToDouble(Double::doubleValue).toArray();
    return new RatingTable(new ArrayList<>(index.keySet()), r);
  }

  private static int add(List<Double> ratings, double init, Map<String, Integer> index) {
    ratings.add(init);
    return index.size();
  }
}
