package dev.assay.stats.rating;

import java.util.Objects;

/**
 * How natural-unit ratings map to the displayed (Elo-like) scale, as in FastChat's {@code
 * rating_systems.py}: a rating difference of {@code scale} means odds of {@code base} to 1;
 * ratings are centred on {@code initRating}, or shifted so that an anchor model has a fixed
 * rating.
 *
 * <pre>{@code
 * RatingScale arena = RatingScale.FASTCHAT.withAnchor("mixtral-8x7b-instruct-v0.1", 1114);
 * }</pre>
 *
 * @param scale rating points per factor {@code base} in odds (FastChat: 400)
 * @param base the odds base (FastChat: 10)
 * @param initRating the mean rating without an anchor (FastChat: 1000)
 * @param anchorModel a model whose rating is pinned, or {@code null} for none
 * @param anchorRating the pinned rating of {@code anchorModel} (ignored without one)
 */
public record RatingScale(
    double scale, double base, double initRating, String anchorModel, double anchorRating) {

  /** FastChat's defaults: scale 400, base 10, initial rating 1000, no anchor. */
  public static final RatingScale FASTCHAT = new RatingScale(400.0, 10.0, 1000.0, null, 0.0);

  /** Validates the scale. */
  public RatingScale {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale: expected a positive finite number, found " + scale);
    }
    if (!(base > 1) || Double.isInfinite(base)) {
      throw new IllegalArgumentException("base: expected a finite number > 1, found " + base);
    }
    if (!Double.isFinite(initRating)) {
      throw new IllegalArgumentException("initRating: expected a finite number, found " + initRating);
    }
    if (anchorModel != null && !Double.isFinite(anchorRating)) {
      throw new IllegalArgumentException(
          "anchorRating: expected a finite number, found " + anchorRating);
    }
  }

  /** The same scale with {@code model} pinned at {@code rating}. */
  public RatingScale withAnchor(String model, double rating) {
    return new RatingScale(scale, base, initRating, Objects.requireNonNull(model, "model"), rating);
  }

  /** {@code ln(base)}: the logit slope per natural rating unit. */
  public double alpha() {
    return Math.log(base);
  }

  /**
   * Converts natural-unit ratings (in place) to this scale: {@code r * scale + initRating}, then
   * shifted so the anchor model, if any, has {@code anchorRating}.
   *
   * @param anchorIndex the anchor model's index in {@code ratings}, or -1 for none
   */
  void toDisplay(double[] ratings, int anchorIndex) {
    for (int i = 0; i < ratings.length; i++) {
      ratings[i] = ratings[i] * scale + initRating;
    }
    if (anchorIndex >= 0) {
      double shift = anchorRating - ratings[anchorIndex];
      for (int i = 0; i < ratings.length; i++) {
        ratings[i] += shift;
      }
    }
  }
}
