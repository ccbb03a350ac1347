package dev.assay.stats.agreement;

/**
 * Krippendorff's alpha for any number of raters, missing ratings and four levels of
 * measurement, with the semantics of the {@code krippendorff} Python package ({@code
 * alpha(reliability_data, level_of_measurement)}), which follows Krippendorff (2011),
 * "Computing Krippendorff's alpha-reliability".
 *
 * <p>Units (items) with fewer than two ratings are not pairable and are ignored. From the
 * coincidence matrix {@code o_ck} (each ordered pair of ratings within a unit with {@code m_u}
 * ratings adds {@code 1 / (m_u - 1)}), with margins {@code n_c} and total {@code n}: {@code alpha
 * = 1 - (n - 1) sum o_ck d_ck / sum n_c n_k d_ck}, where {@code d_ck} is the squared distance of
 * the level: nominal {@code [c != k]}; ordinal {@code (sum_{g from c to k} n_g - (n_c + n_k) /
 * 2)^2} over the sorted values; interval {@code (c - k)^2}; ratio {@code ((c - k) / (c + k))^2}
 * (0 when {@code c = k = 0}). The value domain is the set of values observed.
 *
 * <p><b>Undefined case.</b> When the pairable ratings take a single value the expected
 * disagreement is 0 and alpha is 0/0: the value is {@code NaN} (the Python package raises
 * "There has to be more than one value in the domain"). With no pairable unit at all an {@link
 * IllegalArgumentException} is thrown, as the package does.
 *
 * <pre>{@code
 * double[][] ratings = {{1, 1, Double.NaN}, {2, 2, 3}, {3, 3, 3}, {1, 2, 1}};
 * double a = KrippendorffAlpha.of(ratings, KrippendorffAlpha.Level.ORDINAL);
 * }</pre>
 */
public final class KrippendorffAlpha {
  /** Level of measurement, which sets the distance between values. */
  public enum Level {
    /** Categories without order. */
    NOMINAL,
    /** Ordered categories; distances depend on how many ratings lie between two values. */
    ORDINAL,
    /** Numbers where differences are meaningful. */
    INTERVAL,
    /** Numbers with a true zero, where ratios are meaningful. */
    RATIO
  }

  private KrippendorffAlpha() {}

  /** Alpha from items x raters ratings, {@code NaN} for missing. */
  public static double of(double[][] ratings, Level level) {
    RatingCounts rc = RatingCounts.of(ratings, "Krippendorff's alpha");
    double[] values = rc.categories;
    int q = values.length;
    double[][] o = new double[q][q];
    boolean pairable = false;
    for (int i = 0; i < rc.items(); i++) {
      int m = rc.raters[i];
      if (m < 2) {
        continue;
      }
      pairable = true;
      int[] c = rc.counts[i];
      for (int a = 0; a < q; a++) {
        if (c[a] == 0) {
          continue;
        }
        for (int b = 0; b < q; b++) {
          double pairs = a == b ? (double) c[a] * (c[a] - 1) : (double) c[a] * c[b];
          o[a][b] += pairs / (m - 1);
        }
      }
    }
    if (!pairable) {
      throw new IllegalArgumentException(
          "Krippendorff's alpha: no item has ratings from at least two raters");
    }
    double[] nv = new double[q];
    double n = 0;
    for (int a = 0; a < q; a++) {
      for (int b = 0; b < q; b++) {
        nv[a] += o[a][b];
      }
      n += nv[a];
    }
    double observed = 0;
    double expected = 0;
    for (int a = 0; a < q; a++) {
      for (int b = 0; b < q; b++) {
        if (a == b) {
          continue;
        }
        double d = distance(level, values, nv, a, b);
        observed += o[a][b] * d;
        expected += nv[a] * nv[b] * d;
      }
    }
    if (expected == 0) {
      return Double.NaN;
    }
    return 1 - (n - 1) * observed / expected;
  }

  private static double distance(Level level, double[] v, double[] nv, int a, int b) {
    return switch (level) {
      case NOMINAL -> 1.0;
      case INTERVAL -> (v[a] - v[b]) * (v[a] - v[b]);
      case RATIO -> {
        double s = v[a] + v[b];
        yield s == 0 ? 0.0 : ((v[a] - v[b]) / s) * ((v[a] - v[b]) / s);
      }
      case ORDINAL -> {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        double sum = 0;
        for (int g = lo; g <= hi; g++) {
          sum += nv[g];
        }
        double d = sum - (nv[a] + nv[b]) / 2;
        yield d * d;
      }
    };
  }
}
