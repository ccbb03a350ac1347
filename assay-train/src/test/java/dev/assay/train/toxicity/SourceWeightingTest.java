package dev.assay.train.toxicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceWeightingTest {
  private static final List<String> SRC = List.of("olid", "davidson", "davidson", "davidson", "toxigen", "toxigen");

  @Test
  void balancedGivesEachSourceTheSameTotalWeight() {
    double[] w = SourceWeighting.parse("balanced").weights(SRC);
    // n / (k n_s) = 6 / (3 n_s): olid 2, davidson 2/3 each, toxigen 1 each
    assertThat(w).containsExactly(new double[] {2, 2.0 / 3, 2.0 / 3, 2.0 / 3, 1, 1}, within(1e-12));
  }

  @Test
  void olidMultiplierAndPooled() {
    assertThat(SourceWeighting.parse("balanced-olid4").weights(SRC)[0]).isEqualTo(8.0);
    assertThat(SourceWeighting.parse("pooled").weights(SRC)).containsOnly(1.0);
    assertThatThrownBy(() -> SourceWeighting.parse("balanced-olidx")).hasMessageContaining("balanced-olid<m>");
    assertThatThrownBy(() -> SourceWeighting.parse("even")).hasMessageContaining("found 'even'");
  }

  @Test
  void holdOutIsStratifiedAndReproducible() {
    List<String> strata = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      strata.add(i < 30 ? "a" : "b");
    }
    boolean[] t1 = Splits.stratifiedHoldOut(strata, 0.2, 42);
    boolean[] t2 = Splits.stratifiedHoldOut(strata, 0.2, 42);
    assertThat(t1).isEqualTo(t2);
    int a = 0;
    int b = 0;
    for (int i = 0; i < 100; i++) {
      if (t1[i]) {
        if (i < 30) {
          a++;
        } else {
          b++;
        }
      }
    }
    assertThat(a).isEqualTo(6);
    assertThat(b).isEqualTo(14);
    int[] folds = Splits.folds(new int[] {1, 3, 5, 7, 9, 11}, 12, 3, 7);
    assertThat(folds[0]).isEqualTo(-1);
    assertThat(java.util.Arrays.stream(folds).filter(f -> f == 2).count()).isEqualTo(2);
  }
}
