package dev.assay.stats.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticTest {
  @Test
  void sigmoidAndSoftplusMatchTheirDefinitionsAndStayFinite() {
    assertThat(Logistic.sigmoid(0)).isEqualTo(0.5);
    assertThat(Logistic.sigmoid(2)).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-15));
    assertThat(Logistic.sigmoid(-2) + Logistic.sigmoid(2)).isCloseTo(1, within(1e-15));
    assertThat(Logistic.sigmoid(-800)).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
    assertThat(Logistic.sigmoid(800)).isEqualTo(1.0);
    // torch.nn.functional.softplus(torch.tensor(-1.0, dtype=torch.float64))
    assertThat(Logistic.softplus(-1)).isCloseTo(0.31326168751822286, within(1e-15));
    assertThat(Logistic.softplus(800)).isEqualTo(800.0);
    assertThat(Logistic.softplus(-800)).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
    assertThat(Logistic.softplus(-3)).isCloseTo(-Math.log(Logistic.sigmoid(3)), within(1e-15));
  }
}
