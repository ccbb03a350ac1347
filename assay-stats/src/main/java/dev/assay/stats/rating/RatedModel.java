package dev.assay.stats.rating;

/**
 * One model's rating with its bootstrap interval and its rank.
 *
 * <pre>{@code
 * for (RatedModel r : BradleyTerryBootstrap.run(counts, scale, config).ratings()) {
 *   System.out.printf("%d %s %.1f [%.1f, %.1f]%n", r.rank(), r.model(), r.rating(), r.lower(), r.upper());
 * }
 * }</pre>
 *
 * @param model model name
 * @param rating maximum-likelihood rating on the full data
 * @param lower lower percentile bound of the bootstrap ratings
 * @param upper upper percentile bound of the bootstrap ratings
 * @param rank 1 + the number of models whose lower bound exceeds this model's upper bound
 */
public record RatedModel(String model, double rating, double lower, double upper, int rank) {}
