package dev.assay.stats.rating;

import java.util.List;

/**
 * Bradley-Terry ratings with bootstrap intervals and ranks.
 *
 * <pre>{@code
 * BootstrapRatings b = BradleyTerryBootstrap.run(counts, RatingScale.FASTCHAT, BootstrapConfig.of(1000, 42));
 * b.ratings().get(0).model();   // the best-rated model
 * }</pre>
 *
 * @param ratings one entry per model, highest maximum-likelihood rating first
 * @param models model names in the column order of {@code samples}
 * @param samples bootstrap ratings, {@code samples[round][model]}, on the display scale
 */
public record BootstrapRatings(List<RatedModel> ratings, List<String> models, double[][] samples) {
  /** Copies the lists. */
  public BootstrapRatings {
    ratings = List.copyOf(ratings);
    models = List.copyOf(models);
  }
}
