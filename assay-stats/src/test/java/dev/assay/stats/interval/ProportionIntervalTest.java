package dev.assay.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from statsmodels, statsmodels/stats/tests/results/results_proportion.py (R
 * {@code binom.confint(x, n, tol = 1e-8)}, columns "exact" and "wilson"), used by
 * statsmodels/stats/tests/test_proportion.py::test_confint_proportion, and from test_binom_test
 * (R {@code binom.test(51, 235, 1/6)}) in the same file.
 */
class ProportionIntervalTest {
  // {successes, trials, exact lower, exact upper, wilson lower, wilson upper}
  private static final double[][] CASES = {
    {18, 20, 0.6830172859809176, 0.9876514728297052, 0.6989663547715128, 0.972133518786232},
    {4, 20, 0.05733399705003284, 0.436614002996668, 0.0806576625797981, 0.4160174322518935},
    {4, 200, 0.005475565879556443, 0.05041360908989634, 0.00780442641634947, 0.05028708690582643},
    {190, 200, 0.9099724622986486, 0.975765834527891, 0.910421851861224, 0.972617354399236},
    {1, 30, 8.435709e-04, 0.17216946, 5.908590e-03, 0.16670391},
    {29, 30, 0.8278305, 0.9991564, 0.8332961, 0.9940914},
    {0, 30, 0, 0.11570331, 0, 0.11351339},
    {30, 30, 0.8842967, 1, 0.8864866, 1},
  };

  @Test
  void clopperPearson_testConfintProportion() {
    for (double[] c : CASES) {
      Interval ci = ProportionInterval.clopperPearson((long) c[0], (long) c[1], 0.95);
      assertThat(ci.lower()).as("lower %s/%s", c[0], c[1]).isCloseTo(c[2], within(1e-7));
      assertThat(ci.upper()).as("upper %s/%s", c[0], c[1]).isCloseTo(c[3], within(1e-7));
      assertThat(ci.method()).isEqualTo("clopper-pearson");
    }
  }

  @Test
  void wilson_testConfintProportion() {
    for (double[] c : CASES) {
      Interval ci = ProportionInterval.wilson((long) c[0], (long) c[1], 0.95);
      assertThat(ci.lower()).as("lower %s/%s", c[0], c[1]).isCloseTo(c[4], within(1e-7));
      assertThat(ci.upper()).as("upper %s/%s", c[0], c[1]).isCloseTo(c[5], within(1e-7));
      assertThat(ci.method()).isEqualTo("wilson");
    }
  }

  @Test
  void clopperPearsonHighPrecision_testBinomTest() {
    Interval ci = ProportionInterval.clopperPearson(51, 235, 0.95);
    assertThat(ci.lower()).isCloseTo(0.1660633298083073, within(1e-12));
    assertThat(ci.upper()).isCloseTo(0.2752683640289254, within(1e-12));
    // One-sided 95% bounds are the two-sided 90% interval: binom.test(..., "greater") lower.
    assertThat(ProportionInterval.clopperPearson(51, 235, 0.90).lower())
        .isCloseTo(0.1735252778065201, within(1e-12));
  }

  @Test
  void zeroTrialsGiveTheWholeUnitInterval() {
    assertThat(ProportionInterval.wilson(0, 0, 0.95)).isEqualTo(new Interval(0, 1, 0.95, "wilson"));
    assertThat(ProportionInterval.clopperPearson(0, 0, 0.95).width()).isEqualTo(1.0);
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> ProportionInterval.wilson(5, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes");
    assertThatThrownBy(() -> ProportionInterval.wilson(1, -1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trials");
    assertThatThrownBy(() -> ProportionInterval.clopperPearson(1, 4, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
  }
}
