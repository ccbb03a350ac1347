package dev.assay.stats.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The kernel's power_mean and convert_to_bool. */
class PowerMeanAndBinarizeTest {

  @Test
  void powerMean_kernelValues() {
    // /usr/bin/python3: power_mean(pd.Series([0.5, 0.9]), -5) -> 0.5684558643388358
    assertThat(PowerMean.of(new double[] {0.5, 0.9}, -5)).isCloseTo(0.5684558643388358, within(1e-15));
    assertThat(PowerMean.of(new double[] {0.9, 0.9}, -5)).isCloseTo(0.9, within(1e-15));
    // p = 1 is the arithmetic mean
    assertThat(PowerMean.of(new double[] {0.2, 0.4, 0.9}, 1)).isCloseTo(0.5, within(1e-15));
    // np.power(0.0, -5) = inf, so the kernel's power mean of [0, 0.9] is 0.0
    assertThat(PowerMean.of(new double[] {0.0, 0.9}, -5)).isEqualTo(0.0);
  }

  @Test
  void powerMean_rejectsWhatItCannotAverage() {
    assertThatThrownBy(() -> PowerMean.of(new double[0], -5)).hasMessageContaining("empty");
    assertThatThrownBy(() -> PowerMean.of(new double[] {0.5, Double.NaN}, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1 must be non-negative and finite, found NaN");
    assertThatThrownBy(() -> PowerMean.of(new double[] {0.5}, 0))
        .hasMessageContaining("non-zero");
  }

  @Test
  void binarize_atLeastHalfIsTrue() {
    assertThat(Binarize.labels(new double[] {0.0, 0.49, 0.5, 0.8, 1.0})).containsExactly(0, 0, 1, 1, 1);
    assertThat(Binarize.membership(new double[] {0.2, 0.6, 0.5})).containsExactly(false, true, true);
    assertThatThrownBy(() -> Binarize.labels(new double[] {0.3, 1.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1 must lie in [0, 1], found 1.2");
    assertThatThrownBy(() -> Binarize.membership(new double[] {Double.NaN}))
        .hasMessageContaining("found NaN");
  }
}
