package dev.assay.stats.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdamTest {
  @Test
  void firstStepMovesEachParameterByTheLearningRateAgainstTheGradientSign() {
    // bias-corrected first step: m = g, v = g^2, so the update is lr * g / (|g| + eps)
    double[] p = {1.0, -2.0, 0.5};
    new Adam(3, 0.1).step(p, new double[] {4.0, -0.5, 0.0});
    assertThat(p[0]).isCloseTo(0.9, within(1e-8));
    assertThat(p[1]).isCloseTo(-1.9, within(1e-8));
    assertThat(p[2]).isEqualTo(0.5);
  }

  @Test
  void minimisesAQuadratic() {
    double[] p = {3.0, -4.0};
    Adam adam = new Adam(2, 0.05);
    for (int t = 0; t < 2000; t++) {
      adam.step(p, new double[] {2 * (p[0] - 1), 2 * (p[1] + 2)});
    }
    assertThat(p[0]).isCloseTo(1.0, within(1e-3));
    assertThat(p[1]).isCloseTo(-2.0, within(1e-3));
  }
}
