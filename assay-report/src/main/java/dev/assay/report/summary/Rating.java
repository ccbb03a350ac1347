package dev.assay.report.summary;

/**
 * One model's Bradley-Terry rating with its bootstrap interval (NaN bounds when the run had no
 * bootstrap).
 *
 * <pre>{@code new Rating("model-a", 1105, 1060, 1150)}</pre>
 *
 * @param model the model
 * @param rating the rating (FastChat scale: mean 1000, 400 points = 10:1 odds)
 * @param lower lower bound
 * @param upper upper bound
 */
public record Rating(String model, double rating, double lower, double upper) {

  /** True when both bounds are numbers. */
  public boolean hasInterval() {
    return Double.isFinite(lower) && Double.isFinite(upper);
  }

  /** True when both intervals exist and share at least one point. */
  public boolean overlaps(Rating other) {
    return !hasInterval() || !other.hasInterval() || (lower <= other.upper && other.lower <= upper);
  }
}
