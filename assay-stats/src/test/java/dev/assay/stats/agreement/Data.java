package dev.assay.stats.agreement;

/**
 * Published rating data sets used as fixtures (items x raters, NaN = missing). Letter categories
 * are coded a=1, b=2, c=3, d=4, e=5 (nominal coefficients do not depend on the coding).
 */
final class Data {
  static final double N = Double.NaN;

  /** irrCAC {@code raw_4raters()}: Gwet (2014), Handbook of Inter-Rater Reliability, p. 120. */
  static final double[][] RAW_4RATERS = {
    {1, 1, N, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
    {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {N, 5, 5, 5}, {N, N, 1, 1}, {N, N, 3, N}
  };

  /** irrCAC {@code raw_5observers()}. */
  static final double[][] RAW_5OBSERVERS = transpose(new double[][] {
    {1, 1, 2, N, 0, 0, 1, 1, 2, 2, N, 0, 1, 3, 1},
    {1, 1, 3, 0, 0, 0, 0, N, 2, 1, 1, 0, 2, 3, 1},
    {2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1},
    {N, 1, 3, N, N, N, N, 0, N, 1, 0, 0, 2, 2, N},
    {2, N, N, 0, 0, 0, 1, N, 2, N, N, N, N, 3, 1}
  });

  /** irrCAC {@code raw_g1g2()} (letters coded). */
  static final double[][] RAW_G1G2 = transpose(new double[][] {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N, 2, 2},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N, 2, 1},
    {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3, 3, 3},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N, 2, 2}
  });

  /** irrCAC {@code raw_gender()} (letters coded). */
  static final double[][] RAW_GENDER = transpose(new double[][] {
    {1, 1, 1, 1, 1, 2, 2, 2, 3, 1, 1, 1, 1, 1, 2},
    {1, 1, 1, 1, 2, 1, 2, 3, 3, 1, 1, 1, 1, 2, 1},
    {1, 2, 2, 3, 1, 1, 2, 2, 3, 1, 2, 2, 3, 1, 1},
    {3, 3, 3, 3, 1, 1, 2, 2, 3, 3, 3, 3, 3, 1, 1}
  });

  /** irrCAC {@code raw_ben_gerry()} (letters coded). */
  static final double[][] RAW_BEN_GERRY = transpose(new double[][] {
    {1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1},
    {2, 1, 2, 2, 2, 3, 3, 3, 5, N, 4, 4}
  });

  /**
   * Krippendorff (2011) reliability data as in the {@code krippendorff} package's
   * tests/test_krippendorff.py (nominal and interval tests): 3 coders (rows there), 15 units.
   */
  static final double[][] KRIPPENDORFF_3_CODERS = transpose(new double[][] {
    {N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3},
    {1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N},
    {N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4}
  });

  /** The {@code krippendorff} package's ordinal and ratio test data: 4 coders, 12 units. */
  static final double[][] KRIPPENDORFF_4_CODERS = transpose(new double[][] {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3},
    {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N}
  });

  /**
   * statsmodels/stats/tests/test_inter_rater.py {@code diagnoses}: Fleiss (1971), 30 patients, 6
   * raters.
   */
  static final double[][] DIAGNOSES = {
    {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
    {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
    {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
    {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
    {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
    {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
    {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
    {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}
  };

  /**
   * statsmodels/stats/tests/test_inter_rater.py {@code table1}: the Wikipedia Fleiss' kappa
   * example, 10 subjects x 5 categories, 14 raters each (counts).
   */
  static final int[][] WIKIPEDIA_COUNTS = {
    {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
  };

  private Data() {}

  static double[][] transpose(double[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[0].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  static double[][] columns(double[] a, double[] b) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = new double[] {a[i], b[i]};
    }
    return out;
  }

  static double[] repeat(double... valueCountPairs) {
    int n = 0;
    for (int i = 1; i < valueCountPairs.length; i += 2) {
      n += (int) valueCountPairs[i];
    }
    double[] out = new double[n];
    int k = 0;
    for (int i = 0; i < valueCountPairs.length; i += 2) {
      for (int j = 0; j < (int) valueCountPairs[i + 1]; j++) {
        out[k++] = valueCountPairs[i];
      }
    }
    return out;
  }
}
