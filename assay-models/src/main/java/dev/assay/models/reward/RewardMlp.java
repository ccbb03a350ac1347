package dev.assay.models.reward;

/**
 * The reward network: one tanh hidden layer and a scalar output, {@code r(x) = v · tanh(W x + c) +
 * b}, over a standardised feature vector {@code x} of width {@code d} with {@code h} hidden units.
 * Parameters live in one flat array in the layout the Bradley-Terry loss in {@code assay-train} differentiates: {@code W}
 * row-major ({@code h*d}), {@code c} ({@code h}), {@code v} ({@code h}), {@code b} (1).
 *
 * <p>Why plain Java and not DJL with the PyTorch engine: the network has {@code h*d + 2h + 1}
 * (about 25,000) parameters and trains on about 10,000 pairs; a full epoch is about 0.5
 * GFLOP, which these loops do in about a second on one core. DJL would add a 430 MB native PyTorch
 * download to {@code DJL_CACHE_DIR} on first use, JNI crossings per mini-batch of 64 pairs (where
 * PyTorch's per-call overhead, tens of microseconds, is comparable to the arithmetic itself) and a
 * heavy dependency to a module the CLI loads, while the scoring path (a 25k-multiply dot product
 * per response) needs no engine at all. The gradient is written out by hand and checked against
 * central differences in {@code BradleyTerryLossTest}.
 *
 * <pre>{@code
 * RewardMlp mlp = RewardMlp.initial(774, 32, new Random(42));
 * double r = mlp.reward(standardisedFeatures);
 * }</pre>
 *
 * @param inputs input width {@code d}
 * @param hidden hidden units {@code h}
 * @param params {@code h*d + 2h + 1} numbers
 */
public record RewardMlp(int inputs, int hidden, double[] params) {
  /** Checks the parameter count and copies the array. */
  public RewardMlp {
    if (inputs < 1 || hidden < 1) {
      throw new IllegalArgumentException("expected inputs and hidden >= 1, found " + inputs + ", " + hidden);
    }
    if (params.length != size(inputs, hidden)) {
      throw new IllegalArgumentException("expected " + size(inputs, hidden) + " parameters, found " + params.length);
    }
    params = params.clone();
  }

  /** Number of parameters for {@code d} inputs and {@code h} hidden units. */
  public static int size(int d, int h) {
    return h * d + 2 * h + 1;
  }

  /** Glorot-style start: {@code W ~ N(0, 1/d)}, {@code v ~ N(0, 1/h)}, biases 0. */
  public static double[] initialParams(int d, int h, java.util.Random random) {
    double[] p = new double[size(d, h)];
    double s = 1 / Math.sqrt(d);
    for (int k = 0; k < h * d; k++) {
      p[k] = random.nextGaussian() * s;
    }
    int v0 = h * d + h;
    for (int u = 0; u < h; u++) {
      p[v0 + u] = random.nextGaussian() / Math.sqrt(h);
    }
    return p;
  }

  @Override
  public double[] params() {
    return params.clone();
  }

  /** The reward of one standardised feature vector. */
  public double reward(float[] x) {
    return forward(params, inputs, hidden, x, null, null);
  }

  /**
   * The forward pass of a one-hidden-layer tanh network with a scalar output, parameters laid out
   * as {@code [W (h x d) | c (h) | v (h) | b]}: {@code b + sum_u v_u * mask_u * tanh(W_u . x + c_u)}.
   * Fills {@code hiddenOut} (if not null) with the activations before the mask; {@code mask} (if
   * not null) multiplies each activation (inverted dropout: 0 or {@code 1/(1-p)}). Shared with the
   * toxicity trainer's MLP head and the training loss.
   */
  public static double forward(double[] p, int d, int h, float[] x, double[] hiddenOut, double[] mask) {
    int c0 = h * d;
    int v0 = c0 + h;
    double z = p[v0 + h];
    for (int u = 0; u < h; u++) {
      double a = p[c0 + u];
      int row = u * d;
      for (int j = 0; j < d; j++) {
        a += p[row + j] * x[j];
      }
      double t = Math.tanh(a);
      if (hiddenOut != null) {
        hiddenOut[u] = t;
      }
      z += p[v0 + u] * (mask == null ? t : t * mask[u]);
    }
    return z;
  }
}
