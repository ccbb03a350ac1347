package dev.assay.train.toxicity;

import dev.assay.models.reward.RewardMlp;
import dev.assay.stats.math.Logistic;

/**
 * A one-hidden-layer perceptron head: {@code p = sigmoid(v · tanh(W x + c) + b)} with {@code h}
 * hidden units over a {@code d}-dimensional embedding. Parameters live in one flat array, the
 * layout {@link MlpLoss} differentiates: {@code W} row-major ({@code h*d}), then {@code c} ({@code
 * h}), then {@code v} ({@code h}), then {@code b} (1).
 *
 * <pre>{@code
 * MlpHead head = new MlpHead(384, 32, params);
 * double p = head.probability(embedding);
 * }</pre>
 *
 * @param dimension input dimension {@code d}
 * @param hidden hidden units {@code h}
 * @param params {@code h*d + 2h + 1} numbers
 */
public record MlpHead(int dimension, int hidden, double[] params) implements HeadLearner.Fitted {
  /** Checks the parameter count and copies the array. */
  public MlpHead {
    if (params.length != size(dimension, hidden)) {
      throw new IllegalArgumentException("expected " + size(dimension, hidden) + " parameters, found " + params.length);
    }
    params = params.clone();
  }

  /** Number of parameters for {@code d} inputs and {@code h} hidden units. */
  public static int size(int d, int h) {
    return h * d + 2 * h + 1;
  }

  @Override
  public double[] params() {
    return params.clone();
  }

  @Override
  public double probability(float[] x) {
    return Logistic.sigmoid(logit(params, dimension, hidden, x, null));
  }

  /** The output logit; fills {@code hiddenOut} (if not null) with the tanh activations. */
  static double logit(double[] p, int d, int h, float[] x, double[] hiddenOut) {
    return forward(p, d, h, x, hiddenOut, null);
  }

  /**
   * The forward pass of a one-hidden-layer tanh network with a scalar output (the reward model's
   * {@link RewardMlp#forward}, the same layout).
   */
  public static double forward(double[] p, int d, int h, float[] x, double[] hiddenOut, double[] mask) {
    return RewardMlp.forward(p, d, h, x, hiddenOut, mask);
  }
}
