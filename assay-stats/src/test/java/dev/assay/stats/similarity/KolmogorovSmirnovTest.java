package dev.assay.stats.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy's scipy/stats/tests/test_stats.py, class TestKSTwoSamples (two-sided
 * cases), checked to scipy's assert_array_almost_equal precision (6 decimals).
 */
class KolmogorovSmirnovTest {
  static final double TOL = 1e-6;

  static void check(double[] x, double[] y, KolmogorovSmirnov.Method m, double d, double p) {
    KsResult r = KolmogorovSmirnov.twoSample(x, y, m);
    assertThat(r.statistic()).isCloseTo(d, within(TOL));
    assertThat(r.pValue()).isCloseTo(p, within(TOL));
  }

  static double[] linspace(double a, double b, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = a + (b - a) * i / (n - 1);
    }
    return v;
  }

  static double[] plus(double[] v, double c) {
    double[] o = v.clone();
    for (int i = 0; i < o.length; i++) {
      o[i] += c;
    }
    return o;
  }

  @Test
  void testSmall() {
    check(new double[] {0}, new double[] {1}, KolmogorovSmirnov.Method.AUTO, 1.0, 1.0);
    check(new double[] {1}, new double[] {0}, KolmogorovSmirnov.Method.AUTO, 1.0, 1.0);
  }

  @Test
  void testTwoVsThreeAndFour() {
    double[] d1 = {1.0, 2.0};
    check(plus(d1, 0.01), new double[] {1, 2, 3}, KolmogorovSmirnov.Method.AUTO, 1.0 / 3, 1.0);
    check(plus(d1, -0.01), new double[] {1, 2, 3}, KolmogorovSmirnov.Method.AUTO, 2.0 / 3, 0.6);
    check(plus(d1, 0.01), new double[] {1, 2, 3, 4}, KolmogorovSmirnov.Method.AUTO, 2.0 / 4, 14.0 / 15);
    check(plus(d1, -0.01), new double[] {1, 2, 3, 4}, KolmogorovSmirnov.Method.AUTO, 3.0 / 4, 6.0 / 15);
  }

  @Test
  void test100_100() {
    double[] x100 = linspace(1, 100, 100);
    check(x100, plus(x100, 2.1), KolmogorovSmirnov.Method.AUTO, 3.0 / 100, 0.9999999999962055);
    check(x100, plus(x100, 1.9), KolmogorovSmirnov.Method.AUTO, 2.0 / 100, 1.0);
  }

  @Test
  void test100_110() {
    double[] x100 = linspace(1, 100, 100);
    double[] x110 = linspace(1, 100, 110);
    check(x100, plus(x110, 20.1), KolmogorovSmirnov.Method.AUTO, 232.0 / 1100, 0.015739183865607353);
    check(x100, plus(x110, 19.9), KolmogorovSmirnov.Method.AUTO, 229.0 / 1100, 0.017803803861026313);
  }

  @Test
  void testRepeatedValues() {
    double[] x2233 = rep(new double[] {2, 3, 5, 6}, new int[] {3, 4, 5, 4});
    double[] x3344 = plus(x2233, 1);
    double[] x2356 = rep(new double[] {2, 3, 5, 6}, new int[] {3, 4, 10, 4});
    double[] x3467 = rep(new double[] {3, 4, 6, 7}, new int[] {10, 2, 10, 4});
    check(x2233, x3344, KolmogorovSmirnov.Method.AUTO, 5.0 / 16, 0.4262934613454952);
    check(x2356, x3467, KolmogorovSmirnov.Method.AUTO, 190.0 / 21 / 26, 0.0919245790168125);
  }

  @Test
  void testEqualSizes() {
    double[] d = {1, 2, 3};
    check(d, plus(d, 1), KolmogorovSmirnov.Method.AUTO, 1.0 / 3, 1.0);
  }

  @Test
  void testLarge() {
    int n1 = 10000;
    int n2 = 110;
    double lcm = n1 * 11.0;
    double delta = 1.0 / n1 / n2 / 2 / 2;
    double[] x = plus(linspace(1, 200, n1), -delta);
    double[] y = linspace(2, 100, n2);
    check(x, y, KolmogorovSmirnov.Method.AUTO, 55275.0 / lcm, 4.2188474935755949e-15);
  }

  /** testMiddlingBoth (mode='asymp') and testLargeBoth (mode='asymp'). */
  @Test
  void asymptotic() {
    int n1 = 500;
    int n2 = 600;
    double delta = 1.0 / n1 / n2 / 2 / 2;
    check(plus(linspace(1, 200, n1), -delta), linspace(2, 200, n2), KolmogorovSmirnov.Method.ASYMPTOTIC,
        2000.0 / n1 / n2, 1.0);
    n1 = 10000;
    n2 = 11000;
    delta = 1.0 / n1 / n2 / 2 / 2;
    KsResult r =
        KolmogorovSmirnov.twoSample(plus(linspace(1, 200, n1), -delta), linspace(2, 200, n2));
    assertThat(r.method()).isEqualTo(KolmogorovSmirnov.Method.ASYMPTOTIC);
    assertThat(r.statistic()).isCloseTo(563.0 / (n1 * 11.0), within(TOL));
    assertThat(r.pValue()).isCloseTo(0.9990660108966576, within(TOL));
  }

  @Test
  void rejectsEmpty() {
    assertThatThrownBy(() -> KolmogorovSmirnov.twoSample(new double[0], new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x:");
  }

  static double[] rep(double[] v, int[] times) {
    int n = 0;
    for (int t : times) {
      n += t;
    }
    double[] o = new double[n];
    int k = 0;
    for (int i = 0; i < v.length; i++) {
      for (int t = 0; t < times[i]; t++) {
        o[k++] = v[i];
      }
    }
    return o;
  }
}
