package dev.assay.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every pair format through one detection path, and ids derived from content. */
class PairFormatsTest {
  private static JsonNode json(String s) {
    return Json.MAPPER.readTree(s);
  }

  @Test
  void detectsEachFormatAndMapsItsAnswers() {
    AnswerPair run = PairFormats.read(json("{\"id\": \"m/1\", \"item_id\": \"1\", \"instruction\": \"Q\", \"output_a\": \"A\","
        + " \"output_b\": \"B\", \"model_a\": \"m\", \"model_b\": \"ref\"}"), "p.jsonl:1");
    assertThat(run.format()).isEqualTo("pair-run");
    assertThat(run.id()).isEqualTo("m/1");
    assertThat(run.itemId()).isEqualTo("1");
    assertThat(run.modelB()).isEqualTo("ref");
    assertThat(Double.isNaN(run.label())).isTrue();

    AnswerPair ann = PairFormats.read(json("{\"instruction\": \"Q\", \"output_1\": \"base\", \"output_2\": \"mine\","
        + " \"generator_1\": \"g1\", \"generator_2\": \"g2\", \"preference\": 1.25}"), "a.json:2");
    assertThat(ann.format()).isEqualTo("alpacaeval-annotation");
    assertThat(ann.a()).isEqualTo("base");
    assertThat(ann.modelA()).isEqualTo("g1");
    assertThat(ann.label()).isEqualTo(1.25);
    assertThat(ann.itemId()).isEqualTo("Q");

    AnswerPair pref = PairFormats.read(json("{\"prompt\": \"Q\", \"chosen\": \"good\", \"rejected\": \"bad\"}"), "x:3");
    assertThat(pref.format()).isEqualTo("preference-pair");
    assertThat(pref.a()).isEqualTo("good");
    assertThat(pref.label()).isEqualTo(1.0);
    assertThat(pref.id()).isNull();

    AnswerPair hh = PairFormats.read(json("{\"chosen\": \"\\n\\nHuman: Hi\\n\\nAssistant: Hello\\n\\nHuman: How are you?\\n\\nAssistant: Fine.\","
        + " \"rejected\": \"\\n\\nHuman: Hi\\n\\nAssistant: Hello\\n\\nHuman: How are you?\\n\\nAssistant: Go away.\"}"), "hh:4");
    assertThat(hh.format()).isEqualTo("hh-rlhf");
    assertThat(hh.a()).isEqualTo("Fine.");
    assertThat(hh.b()).isEqualTo("Go away.");
    assertThat(hh.instruction()).isEqualTo("User: Hi\n\nAssistant: Hello\n\nUser: How are you?");
  }

  @Test
  void derivedIdsAreStableAndRepeatsAreNumbered() {
    String line = "{\"prompt\": \"Q\", \"chosen\": \"good\", \"rejected\": \"bad\"}";
    String id = PairFormats.read(json(line), "x:1").derivedId();
    assertThat(id).matches("pair-[0-9a-f]{16}");
    assertThat(PairFormats.read(json(line), "elsewhere:9").derivedId()).isEqualTo(id);
    assertThat(PairFormats.read(json("{\"prompt\": \"Q\", \"chosen\": \"bad\", \"rejected\": \"good\"}"), "x:2").derivedId())
        .isNotEqualTo(id);
    PairFormats.Ids ids = new PairFormats.Ids();
    assertThat(ids.next(PairFormats.read(json(line), "x:1"))).isEqualTo(id);
    assertThat(ids.next(PairFormats.read(json(line), "x:2"))).isEqualTo(id + "-2");
    assertThat(ids.next(PairFormats.read(json("{\"id\": 7, \"prompt\": \"Q\", \"chosen\": \"a\", \"rejected\": \"b\"}"), "x:3")))
        .isEqualTo("7");
  }

  @Test
  void anythingElseNamesThePlaceAndTheFieldsFound() {
    assertThatThrownBy(() -> PairFormats.read(json("{\"text\": \"hi\"}"), "in.jsonl:5"))
        .isInstanceOf(AssayInputException.class)
        .hasMessageStartingWith("in.jsonl:5: expected a pair")
        .hasMessageEndingWith("found fields [text]");
    assertThatThrownBy(() -> PairFormats.read(json("{\"id\": [1], \"instruction\": \"Q\", \"output_a\": \"A\", \"output_b\": \"B\"}"), "in.jsonl:6"))
        .hasMessageContaining("in.jsonl:6: field 'id'");
    assertThat(PairFormats.detect(json("[1]"))).isNull();
  }
}
