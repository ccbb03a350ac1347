package dev.assay.train.toxicity;

import java.util.Map;

/**
 * A way to fit one label's head over embeddings: weighted examples in, a probability function
 * out. The trainer compares learners ({@link LogisticLearner}, {@link MlpLearner}) by
 * leave-one-source-out ROC-AUC and ships the winner. Learners are records whose components are
 * their whole configuration, so the manifest can name them exactly.
 *
 * <pre>{@code
 * HeadLearner lr = new LogisticLearner(1e-4);
 * HeadLearner.Fitted head = lr.fit(x, y, weights);
 * double p = head.probability(x[0]);
 * }</pre>
 */
public interface HeadLearner {
  /** A fitted head: an embedding in, the label's probability out. */
  @FunctionalInterface
  interface Fitted {
    double probability(float[] x);
  }

  /** Short name used in reports and the {@code --learners} option: {@code lr} or {@code mlp}. */
  String name();

  /** The configuration, for reports and the manifest. */
  Map<String, Object> config();

  /** Fits a head on rows {@code x}, 0/1 labels {@code y} and example weights {@code w}. */
  Fitted fit(float[][] x, int[] y, double[] w);

  /** Probabilities of {@code head} for every row. */
  static double[] predict(Fitted head, float[][] x) {
    double[] p = new double[x.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = head.probability(x[i]);
    }
    return p;
  }
}
