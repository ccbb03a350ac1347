package dev.assay.train.toxicity;

import dev.assay.stats.optim.Adam;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A small MLP head ({@link MlpHead}: one tanh hidden layer) fitted by Adam on shuffled
 * mini-batches of the weighted objective in {@link MlpLoss}. Deterministic for a seed: the
 * initial weights ({@code N(0, 1/d)}) and the batch order come from {@link Random}.
 *
 * <pre>{@code
 * HeadLearner mlp = new MlpLearner(32, 1e-4, 8, 1e-3, 128, 42);
 * HeadLearner.Fitted head = mlp.fit(x, y, weights);
 * }</pre>
 *
 * @param hidden hidden units
 * @param l2 L2 strength on the weight matrices
 * @param epochs passes over the data
 * @param learningRate Adam's step size
 * @param batch rows per step
 * @param seed initialisation and shuffling seed
 */
public record MlpLearner(int hidden, double l2, int epochs, double learningRate, int batch, long seed) implements HeadLearner {
  /** Checks the configuration. */
  public MlpLearner {
    if (hidden < 1 || epochs < 1 || batch < 1 || !(learningRate > 0) || !(l2 >= 0)) {
      throw new IllegalArgumentException("mlp: expected hidden, epochs, batch >= 1, learning rate > 0, l2 >= 0");
    }
  }

  /** The configuration compared in docs/toxicity.md: 32 hidden units, 8 epochs. */
  public static MlpLearner defaults(long seed) {
    return new MlpLearner(32, 1e-4, 8, 1e-3, 128, seed);
  }

  @Override
  public String name() {
    return "mlp";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("learner", "mlp_one_hidden_tanh");
    m.put("hidden", hidden);
    m.put("l2", l2);
    m.put("epochs", epochs);
    m.put("optimizer", "adam");
    m.put("learning_rate", learningRate);
    m.put("batch", batch);
    m.put("seed", seed);
    return m;
  }

  @Override
  public MlpHead fit(float[][] x, int[] y, double[] w) {
    int n = x.length;
    int d = x[0].length;
    Random r = new Random(seed);
    double[] p = new double[MlpHead.size(d, hidden)];
    double scale = 1 / Math.sqrt(d);
    for (int k = 0; k < hidden * d; k++) {
      p[k] = r.nextGaussian() * scale;
    }
    int v0 = hidden * d + hidden;
    for (int u = 0; u < hidden; u++) {
      p[v0 + u] = r.nextGaussian() / Math.sqrt(hidden);
    }
    double mean = 0;
    for (double wi : w) {
      mean += wi;
    }
    mean /= n;
    double[] wn = new double[n];
    for (int i = 0; i < n; i++) {
      wn[i] = w[i] / mean; // mean weight 1, so a batch's loss is on the scale of the full objective
    }
    Adam adam = new Adam(p.length, learningRate);
    double[] g = new double[p.length];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int e = 0; e < epochs; e++) {
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (int from = 0; from < n; from += batch) {
        int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + batch));
        MlpLoss.lossAndGradient(p, d, hidden, x, y, wn, rows, l2, g);
        // MlpLoss normalises by the batch's weight sum; rescale so heavy batches count more
        double bw = 0;
        for (int i : rows) {
          bw += wn[i];
        }
        double f = bw / rows.length;
        for (int k = 0; k < p.length; k++) {
          g[k] *= f;
        }
        adam.step(p, g);
      }
    }
    return new MlpHead(d, hidden, p);
  }
}
