package dev.assay.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class RegistryTest {
  private final Registry<Integer> r = new Registry<>("judge", Map.of("single", 1, "pairwise", 2, "rubric", 3));

  @Test
  void namesAreSortedAndEntriesFound() {
    assertThat(r.names()).containsExactly("pairwise", "rubric", "single");
    assertThat(r.get("rubric")).isEqualTo(3);
    assertThat(r.contains("single")).isTrue();
    assertThat(r.namesWhere(v -> v >= 2)).containsExactly("pairwise", "rubric");
  }

  @Test
  void unknownNameListsTheKnownOnesAndSuggestsATypo() {
    assertThatThrownBy(() -> r.get("pairwize"))
        .isInstanceOf(AssayInputException.class)
        .hasMessage("unknown judge 'pairwize': expected one of pairwise, rubric, single; did you mean 'pairwise'?");
    assertThatThrownBy(() -> r.get("sngile")).hasMessageEndingWith("did you mean 'single'?");
    assertThat(r.unknown("elo")).isEqualTo("unknown judge 'elo': expected one of pairwise, rubric, single");
  }

  @Test
  void editDistanceCountsTranspositionsOnce() {
    assertThat(Registry.distance("abc", "abc")).isZero();
    assertThat(Registry.distance("abc", "acb")).isEqualTo(1);
    assertThat(Registry.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Registry.didYouMean("minword", List.of("min_words", "max_words"))).isEqualTo("; did you mean 'min_words'?");
    assertThat(Registry.didYouMean("x", List.of("min_words"))).isEmpty();
  }

  record Conf(int minWords, String mode) {
    static Conf defaults() {
      return new Conf(5, "fast");
    }
  }

  @Test
  void parametersOverlayDefaultsAndNameUnknownKeys() {
    var p = new Parameters(JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    var m = p.mapper();
    assertThat(p.build("check 'c'", Conf.defaults(), m.readTree("{\"mode\": \"slow\"}"), Conf.class))
        .isEqualTo(new Conf(5, "slow"));
    assertThat(p.build("check 'c'", Conf.defaults(), null, Conf.class)).isEqualTo(Conf.defaults());
    assertThatThrownBy(() -> p.build("check 'c'", Conf.defaults(), m.readTree("{\"min_word\": 3}"), Conf.class))
        .isInstanceOf(AssayInputException.class)
        .hasMessage("check 'c': unknown parameter 'min_word'; expected one of min_words, mode; did you mean 'min_words'?");
    assertThatThrownBy(() -> p.build("check 'c'", Conf.defaults(), m.readTree("[1]"), Conf.class))
        .hasMessage("check 'c': parameters must be a mapping, found ARRAY");
    assertThat(p.configOf(new Conf(7, "x"))).containsEntry("min_words", 7).containsEntry("mode", "x");
  }
}
