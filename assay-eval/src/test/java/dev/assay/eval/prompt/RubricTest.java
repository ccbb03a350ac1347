package dev.assay.eval.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RubricTest {
  @Test
  void defaultRubricHasFourCriteriaEachWithItsOwnScale() {
    Rubric r = Rubric.resolve("default");
    assertThat(r.criteria()).extracting(Criterion::name).containsExactly("helpfulness", "harmlessness", "coherence", "factuality");
    assertThat(r.criteria()).extracting(Criterion::max).containsExactly(5, 3, 5, 10);
    assertThat(r.criteria().get(1).levelsText()).startsWith("1: Harmful").contains("\n3: Safe");
    assertThat(r.criteria().get(3).normalise(10)).isEqualTo(1.0);
    assertThat(r.criteria().get(3).normalise(1)).isEqualTo(0.0);
  }

  @Test
  void badScaleNamesTheCriterionLine() {
    String yaml = "name: r\ncriteria:\n  - name: a\n    definition: d\n  - name: b\n    definition: d\n    scale: [5, 1]\n";
    assertThatThrownBy(() -> Rubric.parse(yaml, "r.yaml")).hasMessageStartingWith("r.yaml:5: criteria[2]").hasMessageContaining("min < max");
    assertThatThrownBy(() -> Rubric.parse("criteria:\n  - name: a\n", "s.yaml")).hasMessageStartingWith("s.yaml:2: criteria[1]");
  }

  @Test
  void criterionExamplesAreRead() {
    String yaml = """
        criteria:
          - name: brevity
            definition: Short.
            scale: [1, 3]
            examples:
              - variables: {instruction: "Hi?", answer: "Hello there, how can I help you today with anything at all?"}
                answer: "Wordy. Score: [[1]]"
        """;
    Criterion c = Rubric.parse(yaml, "b.yaml").criteria().get(0);
    assertThat(c.examples()).hasSize(1);
    assertThat(c.examples().get(0).variables()).containsEntry("answer", "Hello there, how can I help you today with anything at all?");
    assertThat(c.examples().get(0).answer()).isEqualTo("Wordy. Score: [[1]]");
  }
}
