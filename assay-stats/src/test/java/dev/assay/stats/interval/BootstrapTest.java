package dev.assay.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals. The reference intervals are scipy 1.10.1's {@code scipy.stats.bootstrap}
 * (Debian python3-scipy) with many resamples, so that its own Monte Carlo error is negligible;
 * ours, with 20,000 resamples and another generator, must agree within a few Monte Carlo
 * standard errors (about 0.008 here):
 *
 * <pre>
 * x = np.array(X)
 * stats.bootstrap((x,), np.mean, n_resamples=400000, method=m, random_state=0,
 *                 confidence_level=0.95).confidence_interval
 * # percentile: (3.2449999999999997, 4.915000000000001); BCa: (3.335, 5.1)
 * </pre>
 *
 * The paired and clustered forms are checked by exact identities with the plain form.
 */
class BootstrapTest {
  private static final double[] X = {
    2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 7.9, 3.1, 2.5, 4.4, 3.9, 6.1, 2.2, 3.0, 4.8, 2.7, 3.6, 9.5,
    3.2
  };
  private static final BootstrapOptions OPTIONS =
      BootstrapOptions.defaults().withResamples(20_000).withSeed(12345);

  @Test
  void percentileMatchesScipy() {
    Interval ci = Bootstrap.mean(X, OPTIONS.withMethod(Bootstrap.Method.PERCENTILE));
    assertThat(ci.lower()).isCloseTo(3.245, within(0.04));
    assertThat(ci.upper()).isCloseTo(4.915, within(0.04));
    assertThat(ci.method()).isEqualTo("bootstrap-percentile");
    assertThat(ci.confidence()).isEqualTo(0.95);
  }

  @Test
  void bcaMatchesScipy() {
    Interval ci = Bootstrap.mean(X, OPTIONS.withMethod(Bootstrap.Method.BCA));
    assertThat(ci.lower()).isCloseTo(3.335, within(0.04));
    assertThat(ci.upper()).isCloseTo(5.1, within(0.04));
    assertThat(ci.method()).isEqualTo("bootstrap-bca");
  }

  @Test
  void sameSeedSameInterval() {
    assertThat(Bootstrap.mean(X, OPTIONS)).isEqualTo(Bootstrap.mean(X, OPTIONS));
    assertThat(Bootstrap.mean(X, OPTIONS)).isNotEqualTo(Bootstrap.mean(X, OPTIONS.withSeed(1)));
  }

  @Test
  void pairedEqualsBootstrapOfDifferences() {
    double[] a = X;
    double[] b = new double[X.length];
    double[] d = new double[X.length];
    for (int i = 0; i < X.length; i++) {
      b[i] = Math.sqrt(X[i]) + (i % 3);
      d[i] = a[i] - b[i];
    }
    for (Bootstrap.Method m : Bootstrap.Method.values()) {
      Interval paired =
          Bootstrap.paired(
              a, b, (x, y) -> Bootstrap.meanOf(x) - Bootstrap.meanOf(y), OPTIONS.withMethod(m));
      Interval plain = Bootstrap.mean(d, OPTIONS.withMethod(m));
      assertThat(paired.lower()).isCloseTo(plain.lower(), within(1e-12));
      assertThat(paired.upper()).isCloseTo(plain.upper(), within(1e-12));
    }
  }

  @Test
  void singletonClustersEqualPlainBootstrap() {
    int[] ids = new int[X.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 100 - i;
    }
    Interval clustered = Bootstrap.clustered(X, ids, Bootstrap::meanOf, OPTIONS);
    assertThat(clustered).isEqualTo(Bootstrap.mean(X, OPTIONS));
  }

  @Test
  void clustersOfCopiesBehaveLikeOneObservation() {
    // Each value repeated 5 times within its cluster (e.g. 5 identical samples of one prompt):
    // resampling clusters gives exactly the interval of the 20 distinct values, while naive
    // resampling of the 100 rows pretends to have 5 times more data and is much narrower.
    double[] rows = new double[X.length * 5];
    int[] ids = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = X[i / 5];
      ids[i] = i / 5;
    }
    for (Bootstrap.Method m : Bootstrap.Method.values()) {
      BootstrapOptions o = OPTIONS.withMethod(m);
      Interval clustered = Bootstrap.clustered(rows, ids, Bootstrap::meanOf, o);
      Interval distinct = Bootstrap.mean(X, o);
      assertThat(clustered.lower()).isCloseTo(distinct.lower(), within(1e-12));
      assertThat(clustered.upper()).isCloseTo(distinct.upper(), within(1e-12));
      assertThat(Bootstrap.mean(rows, o).width()).isLessThan(0.6 * clustered.width());
    }
  }

  @Test
  void clusteredPairedUsesBothArrays() {
    double[] a = {1, 1, 0, 0, 1, 1, 1, 0};
    double[] b = {0, 1, 0, 0, 0, 1, 0, 0};
    int[] prompts = {1, 1, 2, 2, 3, 3, 4, 4};
    Interval ci =
        Bootstrap.clusteredPaired(
            a, b, prompts, (x, y) -> Bootstrap.meanOf(x) - Bootstrap.meanOf(y), OPTIONS);
    // The observed difference 3/8 lies inside; a difference can never exceed 1.
    assertThat(ci.contains(0.375)).isTrue();
    assertThat(ci.upper()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void constantDataCollapsesToThePoint() {
    double[] c = {2, 2, 2, 2};
    for (Bootstrap.Method m : Bootstrap.Method.values()) {
      Interval ci = Bootstrap.mean(c, OPTIONS.withMethod(m));
      assertThat(ci.lower()).isEqualTo(2.0);
      assertThat(ci.upper()).isEqualTo(2.0);
    }
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> Bootstrap.mean(new double[0], OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> Bootstrap.paired(new double[] {1}, new double[] {1, 2}, (x, y) -> 0, OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length mismatch");
    assertThatThrownBy(() -> OPTIONS.withResamples(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resamples");
  }
}
