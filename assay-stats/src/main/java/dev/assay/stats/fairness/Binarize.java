package dev.assay.stats.fairness;

/**
 * Turns fractional annotations into the booleans the bias metrics take, the way the Jigsaw
 * Unintended Bias competition did: a comment is toxic, and belongs to an identity group, when the
 * fraction of raters who said so is at least 0.5 (the benchmark kernel's {@code convert_to_bool},
 * {@code np.where(x >= 0.5, True, False)}).
 *
 * <pre>{@code
 * int[] y = Binarize.labels(new double[] {0.0, 0.5, 0.8});        // {0, 1, 1}
 * boolean[] women = Binarize.membership(new double[] {0.2, 0.6}); // {false, true}
 * }</pre>
 */
public final class Binarize {
  /** The competition's cut-off for labels and identity annotations. */
  public static final double THRESHOLD = 0.5;

  private Binarize() {}

  /** 1 where the annotation is at least 0.5, else 0; rejects NaN and values outside [0, 1]. */
  public static int[] labels(double[] fractions) {
    int[] y = new int[fractions.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = check(fractions, i, "labels") >= THRESHOLD ? 1 : 0;
    }
    return y;
  }

  /** True where the identity annotation is at least 0.5; rejects NaN and values outside [0, 1]. */
  public static boolean[] membership(double[] fractions) {
    boolean[] m = new boolean[fractions.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = check(fractions, i, "membership") >= THRESHOLD;
    }
    return m;
  }

  private static double check(double[] x, int i, String what) {
    if (!(x[i] >= 0.0 && x[i] <= 1.0)) {
      throw new IllegalArgumentException(
          "Binarize." + what + ": value at index " + i + " must lie in [0, 1], found " + x[i]);
    }
    return x[i];
  }
}
