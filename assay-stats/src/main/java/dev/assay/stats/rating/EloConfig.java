package dev.assay.stats.rating;

/**
 * Parameters of online Elo, FastChat's {@code compute_elo} defaults in {@link #FASTCHAT}.
 *
 * <pre>{@code
 * RatingTable t = EloRating.compute(battles, EloConfig.FASTCHAT);
 * }</pre>
 *
 * @param k update step (FastChat: 4)
 * @param scale rating points per factor {@code base} in odds (400)
 * @param base odds base (10)
 * @param initRating every model's starting rating (1000)
 */
public record EloConfig(double k, double scale, double base, double initRating) {
  /** FastChat's defaults: K = 4, scale 400, base 10, initial rating 1000. */
  public static final EloConfig FASTCHAT = new EloConfig(4.0, 400.0, 10.0, 1000.0);

  /** Validates the parameters. */
  public EloConfig {
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new IllegalArgumentException("k: expected a positive finite number, found " + k);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale: expected a positive finite number, found " + scale);
    }
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base: expected a finite number > 1, found " + base);
    }
    if (!Double.isFinite(initRating)) {
      throw new IllegalArgumentException("initRating: expected a finite number, found " + initRating);
    }
  }
}
