package dev.assay.train.toxicity;

import dev.assay.models.toxicity.embedded.LogisticHead;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * L2-regularised logistic regression as a {@link HeadLearner}: the linear head the embedded
 * scorer ships ({@link LogisticHead}), fitted exactly by {@link L2LogisticRegression}.
 *
 * <pre>{@code
 * LogisticHead h = new LogisticLearner(1e-4).fitHead(x, y, weights);
 * }</pre>
 *
 * @param lambda the L2 strength on the weights (objective: weighted mean log-loss + lambda/2 |w|^2)
 */
public record LogisticLearner(double lambda) implements HeadLearner {
  /** Checks lambda. */
  public LogisticLearner {
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda: expected >= 0, found " + lambda);
    }
  }

  @Override
  public String name() {
    return "lr";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("learner", "l2_logistic_regression");
    m.put("solver", "newton_irls_cholesky");
    m.put("lambda", lambda);
    return m;
  }

  @Override
  public Fitted fit(float[][] x, int[] y, double[] w) {
    return fitHead(x, y, w)::probability;
  }

  /** The fitted head itself, as the weights file stores it. */
  public LogisticHead fitHead(float[][] x, int[] y, double[] w) {
    return L2LogisticRegression.fit(x, y, w, lambda);
  }
}
