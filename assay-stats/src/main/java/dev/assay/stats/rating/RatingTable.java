package dev.assay.stats.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Ratings of models on the display scale, e.g. from {@link BradleyTerry#fit} or {@link
 * EloRating#compute}.
 *
 * <pre>{@code
 * RatingTable t = BradleyTerry.fit(counts, RatingScale.FASTCHAT);
 * double gpt4 = t.rating("gpt-4");
 * Map<String, Double> best = t.sortedDescending();
 * }</pre>
 *
 * @param models model names
 * @param ratings rating of {@code models.get(i)} at index {@code i}
 */
public record RatingTable(List<String> models, double[] ratings) {
  /** Validates and copies. */
  public RatingTable {
    models = List.copyOf(models);
    Objects.requireNonNull(ratings, "ratings");
    if (models.size() != ratings.length) {
      throw new IllegalArgumentException(
          "ratings: expected " + models.size() + " values (one per model), found " + ratings.length);
    }
    ratings = ratings.clone();
  }

  /** A copy of the ratings array. */
  @Override
  public double[] ratings() {
    return ratings.clone();
  }

  /**
   * The rating of one model.
   *
   * @throws IllegalArgumentException if the model is unknown
   */
  public double rating(String model) {
    int i = models.indexOf(model);
    if (i < 0) {
      throw new IllegalArgumentException("model: unknown '" + model + "'");
    }
    return ratings[i];
  }

  /** Model to rating, highest rating first (ties keep model order). */
  public Map<String, Double> sortedDescending() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -ratings[i]));
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i : order) {
      out.put(models.get(i), ratings[i]);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatingTable t && models.equals(t.models) && Arrays.equals(ratings, t.ratings);
  }

  @Override
  public int hashCode() {
    return 31 * models.hashCode() + Arrays.hashCode(ratings);
  }

  @Override
  public String toString() {
    return "RatingTable" + sortedDescending();
  }
}
