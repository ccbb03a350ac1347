package dev.assay.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What judge makes of generate rows and foreign pair formats. */
class JudgeInputsTest {
  private static JsonNode json(String s) {
    return Json.MAPPER.readTree(s);
  }

  @Test
  void mtBenchGenerationsAreGradedTurnByTurnWithReferencesOnlyWhereFastChatUsesThem() {
    RowAdapter a = JudgeInputs.single();
    List<JsonNode> math = a.rows(json("{\"id\": 111, \"question_id\": 111, \"category\": \"math\", \"turns\": [\"q1\", \"q2\"],"
        + " \"reference\": [\"r1\", \"r2\"], \"outputs\": [\"a1\", \"a2\"], \"output\": \"a2\", \"generator\": \"m\", \"choices\": []}"), "o:1");
    assertThat(math).hasSize(2);
    assertThat(math.get(0).toString()).isEqualTo("{\"id\":\"111#1\",\"question_id\":111,\"turn\":1,\"model\":\"m\","
        + "\"category\":\"math\",\"turns\":[\"q1\"],\"answers\":[\"a1\"],\"reference\":[\"r1\"]}");
    assertThat(math.get(1).get("answers").toString()).isEqualTo("[\"a1\",\"a2\"]");
    assertThat(math.get(1).get("reference").toString()).isEqualTo("[\"r1\",\"r2\"]");
    List<JsonNode> roleplay = a.rows(json("{\"question_id\": 95, \"category\": \"roleplay\", \"turns\": [\"q1\"],"
        + " \"reference\": [\"r1\"], \"outputs\": [\"a1\"], \"model_id\": \"m\"}"), "o:2");
    assertThat(roleplay.get(0).has("reference")).isFalse();
    assertThatThrownBy(() -> a.rows(json("{\"question_id\": 1, \"turns\": [\"q1\", \"q2\"], \"outputs\": [\"a1\"]}"), "o:3"))
        .isInstanceOf(AssayInputException.class).hasMessage("o:3: field 'outputs': expected one answer per turn (2), found 1");
  }

  @Test
  void singleTurnRowsPassAndGetAStableIdWhenTheyHaveNone() {
    RowAdapter a = JudgeInputs.single();
    JsonNode row = json("{\"instruction\": \"q\", \"output\": \"a\"}");
    String id = a.rows(row, "o:1").get(0).get("id").asString();
    assertThat(id).startsWith("row-");
    assertThat(JudgeInputs.single().rows(row, "o:1").get(0).get("id").asString()).isEqualTo(id);
    JsonNode withId = json("{\"id\": \"s1\", \"instruction\": \"q\", \"output\": \"a\"}");
    assertThat(a.rows(withId, "o:2")).containsExactly(withId);
  }

  @Test
  void pairwiseTurnsEveryFormatIntoThePairRow() {
    RowAdapter a = JudgeInputs.pairwise();
    JsonNode hh = a.rows(json("{\"chosen\": \"\\n\\nHuman: Hi\\n\\nAssistant: Hello\", \"rejected\": \"\\n\\nHuman: Hi\\n\\nAssistant: Go\"}"), "h:1").get(0);
    assertThat(hh.get("instruction").asString()).isEqualTo("Hi");
    assertThat(hh.get("output_a").asString()).isEqualTo("Hello");
    assertThat(hh.get("output_b").asString()).isEqualTo("Go");
    assertThat(hh.get("human").asString()).isEqualTo("a");
    assertThat(hh.get("id").asString()).matches("pair-[0-9a-f]{16}");
    JsonNode own = json("{\"id\": 3, \"instruction\": \"q\", \"output_a\": \"x\", \"output_b\": \"y\", \"extra\": 1}");
    assertThat(a.rows(own, "p:1")).containsExactly(own);
    // a malformed row of the judge's own shape passes, so the task can name the bad field
    JsonNode bad = json("{\"id\": 4, \"instruction\": \"q\", \"output_a\": 3}");
    assertThat(a.rows(bad, "p:2")).containsExactly(bad);
  }
}
