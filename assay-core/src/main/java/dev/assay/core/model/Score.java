package dev.assay.core.model;

import java.util.Objects;

/**
 * One number about one item: a rubric grade, a toxicity probability, a reward.
 *
 * <pre>{@code
 * Score s = new Score("q17", "helpfulness", 8.0, "single-grade/gpt-4o");
 * }</pre>
 *
 * @param itemId the item scored
 * @param metric what was measured
 * @param value the value ({@code NaN} when the scorer gave none)
 * @param scorer who or what produced it
 */
public record Score(String itemId, String metric, double value, String scorer) {
  public Score {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(metric, "metric");
  }
}
