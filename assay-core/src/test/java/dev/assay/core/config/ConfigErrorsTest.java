package dev.assay.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Config errors in the user's terms: every problem of a file at once, each as {@code file:line: key: what is allowed}. */
class ConfigErrorsTest {
  public enum Mode { FAST, CAREFUL }

  public record Step(@NotBlank String name, Mode mode, Integer weight) {}

  public record Plan(@NotBlank String input, @NotEmpty List<@Valid Step> steps, Double ratio, Boolean strict,
      Map<String, List<String>> groups) {}

  public record Range(Integer low, Integer high) {
    public Range {
      if (low != null && high != null && low > high) {
        throw new IllegalArgumentException("low: expected at most high (" + high + "), found " + low);
      }
    }
  }

  private static String errors(String yaml) {
    try {
      ConfigLoader.parse(yaml, "plan.yaml", Plan.class, Map.of());
    } catch (AssayInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected the config to be refused");
  }

  @Test
  void reportsEveryProblemOfTheFileInLineOrder() {
    String m = errors("""
        inptu: a.jsonl
        steps:
          - name: one
            mode: quick
          - name: two
            weight: heavy
          - mode: fast
        ratio: [1, 2]
        strict: maybe
        colour: red
        """);
    assertThat(m.split("\n")).containsExactly(
        "plan.yaml:1: inptu: unknown key (did you mean input?); allowed keys: input, steps, ratio, strict, groups",
        "plan.yaml:1: input: required key is missing (expected text)",
        "plan.yaml:4: steps[0].mode: expected one of fast, careful, found \"quick\"",
        "plan.yaml:6: steps[1].weight: expected a whole number, found \"heavy\"",
        "plan.yaml:7: steps[2].name: required key is missing (expected text)",
        "plan.yaml:8: ratio: expected a number, found a list",
        "plan.yaml:9: strict: expected true or false, found \"maybe\"",
        "plan.yaml:10: colour: unknown key; allowed keys: input, steps, ratio, strict, groups");
    assertThat(m).doesNotContain("dev.assay", "java.", "Cannot deserialize");
  }

  @Test
  void nestedMapsAndListsAreCheckedToo() {
    String m = errors("input: a\nsteps: [{name: x}]\ngroups:\n  a: [x, y]\n  b: {c: d}\n");
    assertThat(m).isEqualTo("plan.yaml:5: groups.b: expected a list, found a mapping");
  }

  @Test
  void aMappingWhereAListBelongsAndAScalarWhereAMappingBelongs() {
    String m = errors("input: a\nsteps: {name: x}\n");
    assertThat(m).isEqualTo("plan.yaml:2: steps: expected a list, found a mapping");
    String n = errors("input: a\nsteps: [oops]\n");
    assertThat(n).isEqualTo("plan.yaml:2: steps[0]: expected a mapping with the keys name, mode, weight, found \"oops\"");
  }

  @Test
  void valuesOfTheRightKindLoad() {
    Plan p = ConfigLoader.parse("input: a\nsteps: [{name: x, mode: Careful, weight: \"3\"}]\nratio: 0.5\nstrict: true\n",
        "plan.yaml", Plan.class, Map.of());
    assertThat(p.steps()).containsExactly(new Step("x", Mode.CAREFUL, 3));
    assertThat(p.ratio()).isEqualTo(0.5);
  }

  @Test
  void unsetVariablesAreReportedWithTheOtherProblems() {
    String m = errors("input: ${NOT_SET_ANYWHERE}\nsteps: [{name: x}]\nstrict: 3\n");
    assertThat(m.split("\n")).containsExactly(
        "plan.yaml:1: input: environment variable NOT_SET_ANYWHERE is not set (and no default is given with ${NOT_SET_ANYWHERE:-...})",
        "plan.yaml:3: strict: expected true or false, found 3");
  }

  @Test
  void aRecordsOwnCheckIsReportedInItsWordsWithoutJavaNames() {
    assertThatThrownBy(() -> ConfigLoader.parse("low: 5\nhigh: 2\n", "range.yaml", Range.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage("range.yaml:1: low: expected at most high (2), found 5");
  }

  @Test
  void brokenYamlNamesItsLine() {
    assertThatThrownBy(() -> ConfigLoader.parse("input: a\nsteps: [\n", "plan.yaml", Plan.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageStartingWith("plan.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void suggestionsAreForTyposOnly() {
    assertThat(Suggestions.closest("thredas", List.of("input", "threads"))).isEqualTo("threads");
    assertThat(Suggestions.closest("ID_FEILD", List.of("id_field", "field"))).isEqualTo("id_field");
    assertThat(Suggestions.closest("colour", List.of("input", "steps", "ratio"))).isNull();
  }
}
