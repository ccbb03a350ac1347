package dev.assay.stats.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-group score changes under identity swaps. Reference, /usr/bin/python3 with pandas 1.5:
 *
 * <pre>
 * orig = np.array([0.10, 0.20, 0.30, 0.40, 0.50, 0.60])
 * swap = np.array([0.35, 0.15, 0.30, 0.90, 0.45, 0.62])
 * grp = np.array(['gay', 'gay', 'muslim', 'muslim', 'women', 'women'])
 * pd.DataFrame({'g': grp, 'd': np.abs(swap - orig)}).groupby('g')['d'].agg(['mean', 'max', 'count'])
 * # gay 0.15 0.24999999999999997 2; muslim 0.25 0.5 2; women 0.035 0.04999999999999999 2
 * </pre>
 */
class CounterfactualDeltaTest {

  @Test
  void meanAndMaxPerGroup_worstFirst() {
    List<CounterfactualDelta> d = CounterfactualDelta.of(
        new double[] {0.10, 0.20, 0.30, 0.40, 0.50, 0.60},
        new double[] {0.35, 0.15, 0.30, 0.90, 0.45, 0.62},
        new String[] {"gay", "gay", "muslim", "muslim", "women", "women"});
    assertThat(d).extracting(CounterfactualDelta::group).containsExactly("muslim", "gay", "women");
    assertThat(d.get(0).meanAbsDelta()).isCloseTo(0.25, within(1e-15));
    assertThat(d.get(0).maxAbsDelta()).isCloseTo(0.5, within(1e-15));
    assertThat(d.get(1).meanAbsDelta()).isCloseTo(0.15, within(1e-15));
    assertThat(d.get(1).maxAbsDelta()).isCloseTo(0.24999999999999997, within(1e-15));
    assertThat(d.get(2).meanAbsDelta()).isCloseTo(0.035, within(1e-15));
    assertThat(d.get(2).maxAbsDelta()).isCloseTo(0.04999999999999999, within(1e-15));
    assertThat(d).allSatisfy(x -> assertThat(x.pairs()).isEqualTo(2));
  }

  @Test
  void javadocExample() {
    List<CounterfactualDelta> d = CounterfactualDelta.of(
        new double[] {0.10, 0.20, 0.40}, new double[] {0.35, 0.15, 0.90},
        new String[] {"gay", "gay", "muslim"});
    assertThat(d.get(0).group()).isEqualTo("muslim");
    assertThat(d.get(0).maxAbsDelta()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void tiesBrokenByMaxThenName() {
    List<CounterfactualDelta> d = CounterfactualDelta.of(
        new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, new double[] {0.6, 0.6, 0.7, 0.5, 0.6},
        new String[] {"b", "a", "c", "c", "d"});
    // a, b, d: mean 0.1 max 0.1; c: mean 0.1 max 0.2 -> c first, then a, b, d by name
    assertThat(d).extracting(CounterfactualDelta::group).containsExactly("c", "a", "b", "d");
  }

  @Test
  void badInputs() {
    assertThatThrownBy(() -> CounterfactualDelta.of(new double[] {0.1}, new double[] {0.1, 0.2},
            new String[] {"a"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 original scores, 2 variant scores and 1 group names");
    assertThatThrownBy(() -> CounterfactualDelta.of(new double[0], new double[0], new String[0]))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> CounterfactualDelta.of(new double[] {0.1}, new double[] {Double.NaN},
            new String[] {"a"}))
        .hasMessageContaining("index 0 must be finite");
    assertThatThrownBy(() -> CounterfactualDelta.of(new double[] {0.1}, new double[] {0.2},
            new String[] {" "}))
        .hasMessageContaining("group name at index 0 is blank");
  }
}
