package dev.assay.models.reward;

/**
 * Per-feature centring and scaling learnt on the training rows: {@code (x - mean) / scale}, with
 * {@code scale = 1} for a constant feature.
 *
 * <pre>{@code
 * Standardizer s = Standardizer.fit(rows);
 * float[] z = s.apply(row);
 * }</pre>
 *
 * @param mean per-feature mean
 * @param scale per-feature standard deviation (1 where it is 0)
 */
public record Standardizer(double[] mean, double[] scale) {
  /** Checks the lengths and copies the arrays. */
  public Standardizer {
    if (mean.length != scale.length) {
      throw new IllegalArgumentException("mean and scale: expected equal lengths, found " + mean.length + " and " + scale.length);
    }
    mean = mean.clone();
    scale = scale.clone();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] scale() {
    return scale.clone();
  }

  /** Mean and standard deviation of each column over all rows of all the given matrices. */
  public static Standardizer fit(float[][]... matrices) {
    int d = matrices[0][0].length;
    double[] sum = new double[d];
    double[] sq = new double[d];
    long n = 0;
    for (float[][] m : matrices) {
      for (float[] row : m) {
        for (int j = 0; j < d; j++) {
          sum[j] += row[j];
          sq[j] += (double) row[j] * row[j];
        }
        n++;
      }
    }
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = sum[j] / n;
      double var = Math.max(0, sq[j] / n - mean[j] * mean[j]);
      scale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
    }
    return new Standardizer(mean, scale);
  }

  /** A standardised copy of {@code x}. */
  public float[] apply(float[] x) {
    float[] z = new float[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (float) ((x[j] - mean[j]) / scale[j]);
    }
    return z;
  }

  /** Standardised copies of every row. */
  public float[][] apply(float[][] rows) {
    float[][] z = new float[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      z[i] = apply(rows[i]);
    }
    return z;
  }
}
