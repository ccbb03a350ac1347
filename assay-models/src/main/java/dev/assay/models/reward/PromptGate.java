package dev.assay.models.reward;

import java.util.List;

/**
 * Weighs a {@link RewardModel}'s heads by the prompt: a softmax over one linear score per head of
 * the prompt embedding, {@code w_k(p) = softmax_k(a_k · p + b_k)}. With two heads the first row is
 * zero, so the weight of the second is a logistic regression {@code sigma(a · p + b)} of "this
 * prompt looks like the second head's training prompts"; with more, each row is a one-vs-rest
 * logistic regression's score. It is what keeps a
 * harmlessness head (trained on red-team requests, where a refusal is the right answer) from
 * preferring a curt refusal to a correct answer on an everyday question.
 *
 * <pre>{@code
 * PromptGate g = new PromptGate(List.of("alpacaeval", "hh-rlhf"), new double[][] {zeros, a}, new double[] {0, b});
 * double[] w = g.weights(promptEmbedding);   // sums to 1
 * }</pre>
 *
 * @param heads the head names, in the model's head order
 * @param coefficients one row per head, each as long as the prompt embedding
 * @param intercepts one per head
 */
public record PromptGate(List<String> heads, double[][] coefficients, double[] intercepts) {
  /** Checks the shapes and copies. */
  public PromptGate {
    heads = List.copyOf(heads);
    if (heads.size() < 2 || coefficients.length != heads.size() || intercepts.length != heads.size()) {
      throw new IllegalArgumentException("a gate needs one row and intercept per head (at least two heads), found "
          + heads.size() + " heads, " + coefficients.length + " rows, " + intercepts.length + " intercepts");
    }
    double[][] c = new double[coefficients.length][];
    for (int k = 0; k < c.length; k++) {
      if (coefficients[k].length != coefficients[0].length) {
        throw new IllegalArgumentException("gate rows of different lengths");
      }
      c[k] = coefficients[k].clone();
    }
    coefficients = c;
    intercepts = intercepts.clone();
  }

  /** The head weights for a prompt embedding; they sum to 1. */
  public double[] weights(float[] prompt) {
    int k = heads.size();
    double[] z = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    for (int h = 0; h < k; h++) {
      double s = intercepts[h];
      double[] a = coefficients[h];
      for (int j = 0; j < a.length; j++) {
        s += a[j] * prompt[j];
      }
      z[h] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int h = 0; h < k; h++) {
      z[h] = Math.exp(z[h] - max);
      sum += z[h];
    }
    for (int h = 0; h < k; h++) {
      z[h] /= sum;
    }
    return z;
  }

  /** The prompt embedding length the gate expects. */
  public int dimension() {
    return coefficients[0].length;
  }

  @Override
  public double[][] coefficients() {
    double[][] c = new double[coefficients.length][];
    for (int k = 0; k < c.length; k++) {
      c[k] = coefficients[k].clone();
    }
    return c;
  }

  @Override
  public double[] intercepts() {
    return intercepts.clone();
  }
}
