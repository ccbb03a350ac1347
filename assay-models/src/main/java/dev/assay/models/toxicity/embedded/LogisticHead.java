package dev.assay.models.toxicity.embedded;

import dev.assay.stats.math.Logistic;
import java.util.Objects;

/**
 * One label's logistic-regression head over an embedding: {@code p = sigmoid(w·x + b)}.
 *
 * <pre>{@code
 * var head = new LogisticHead(new double[] {2.0, -1.0}, 0.5);
 * double p = head.probability(new float[] {0.6f, 0.8f});
 * }</pre>
 *
 * @param weights one weight per embedding dimension
 * @param bias the intercept
 */
public record LogisticHead(double[] weights, double bias) {
  /** Copies the weights. */
  public LogisticHead {
    weights = Objects.requireNonNull(weights, "weights").clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** The dimension the head expects. */
  public int dimension() {
    return weights.length;
  }

  /** {@code w·x + b}. */
  public double logit(float[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException("expected " + weights.length + " dimensions, found " + x.length);
    }
    double s = bias;
    for (int i = 0; i < x.length; i++) {
      s += weights[i] * x[i];
    }
    return s;
  }

  /** {@code sigmoid(w·x + b)}. */
  public double probability(float[] x) {
    return Logistic.sigmoid(logit(x));
  }

}
