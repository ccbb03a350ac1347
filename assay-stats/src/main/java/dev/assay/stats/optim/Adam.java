package dev.assay.stats.optim;

/**
 * The Adam optimiser (Kingma and Ba, 2015) with PyTorch's defaults {@code beta1 = 0.9}, {@code
 * beta2 = 0.999}, {@code eps = 1e-8}, updating a flat parameter array in place.
 *
 * <pre>{@code
 * Adam adam = new Adam(params.length, 1e-3);
 * adam.step(params, grad);
 * }</pre>
 */
public final class Adam {
  private final double learningRate;
  private final double[] m1;
  private final double[] m2;
  private long t;

  /** An optimiser for {@code size} parameters. */
  public Adam(int size, double learningRate) {
    this.learningRate = learningRate;
    this.m1 = new double[size];
    this.m2 = new double[size];
  }

  /** One update of {@code p} along the gradient {@code g}. */
  public void step(double[] p, double[] g) {
    t++;
    double c1 = 1 - Math.pow(0.9, t);
    double c2 = 1 - Math.pow(0.999, t);
    for (int k = 0; k < p.length; k++) {
      m1[k] = 0.9 * m1[k] + 0.1 * g[k];
      m2[k] = 0.999 * m2[k] + 0.001 * g[k] * g[k];
      p[k] -= learningRate * (m1[k] / c1) / (Math.sqrt(m2[k] / c2) + 1e-8);
    }
  }
}
