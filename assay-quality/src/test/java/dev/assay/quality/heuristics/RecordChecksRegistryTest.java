package dev.assay.quality.heuristics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.quality.Check;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.language.LanguageCheck;
import dev.assay.quality.pii.PiiCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The record checks build by name from YAML-like parameters, overlaying their published defaults. */
class RecordChecksRegistryTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Check create(String name, String params) {
    return CheckRegistry.create(name, params == null ? null : JSON.readTree(params));
  }

  @Test
  void everyCheckIsRegisteredAndBuildsFromDefaults() {
    assertThat(CheckRegistry.all()).containsKeys(
        "gopher_quality", "gopher_repetition", "c4", "fineweb", "length", "empty", "language", "pii");
    assertThat(create("gopher_quality", null)).isEqualTo(GopherQuality.defaults());
    assertThat(create("gopher_repetition", "{}")).isEqualTo(GopherRepetition.defaults());
    assertThat(create("c4", null)).isEqualTo(C4Rules.defaults());
    assertThat(create("fineweb", null)).isEqualTo(FineWebRules.defaults());
    assertThat(create("length", null)).isEqualTo(LengthCheck.defaults());
    assertThat(create("empty", null)).isEqualTo(EmptyCheck.defaults());
    assertThat(create("language", null)).isEqualTo(LanguageCheck.defaults());
    assertThat(create("pii", null)).isEqualTo(PiiCheck.defaults());
  }

  @Test
  void parametersOverlayDefaults() {
    GopherQuality g = (GopherQuality) create("gopher_quality", "{\"min_doc_words\": 20, \"stop_words\": [\"a\"]}");
    assertThat(g.minDocWords()).isEqualTo(20);
    assertThat(g.maxDocWords()).isEqualTo(100_000);
    assertThat(g.stopWords()).containsExactly("a");
    GopherRepetition r = (GopherRepetition) create("gopher_repetition", "{\"top_ngrams\": {\"2\": 0.25}}");
    assertThat(r.topNGrams()).isEqualTo(Map.of(2, 0.25));
    PiiCheck p = (PiiCheck) create("pii", "{\"types\": [\"email\"], \"mode\": \"redact\", \"placeholder\": \"***\"}");
    assertThat(p.types()).containsExactly("email");
    LanguageCheck l = (LanguageCheck) create("language", "{\"allowed\": [\"de\", \"FR\"], \"min_confidence\": 0.1}");
    assertThat(l.allowed()).containsExactly("de", "fr");
  }

  @Test
  void configRoundTripsForManifests() {
    for (String name : List.of("gopher_quality", "gopher_repetition", "c4", "fineweb", "length", "empty", "language", "pii")) {
      Check c = create(name, null);
      Map<String, Object> cfg = CheckRegistry.configOf(c);
      assertThat(create(name, JSON.writeValueAsString(cfg))).as(name).isEqualTo(c);
    }
    assertThat(CheckRegistry.configOf(GopherQuality.defaults())).containsEntry("min_doc_words", 50);
  }

  @Test
  void badParametersBecomeUserErrors() {
    assertThatThrownBy(() -> create("fineweb", "{\"line_punct_thr\": 2}"))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("line_punct_thr");
    assertThatThrownBy(() -> create("pii", "{\"types\": [\"dna\"]}"))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("unknown PII type 'dna'");
    assertThatThrownBy(() -> create("c4", "{\"min_word\": 2}"))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("unknown parameter 'min_word'");
  }
}
