package dev.assay.quality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.config.ConfigLoader;
import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The runner's contract: every record in exactly one output, actions applied, counts reconcile. */
class QaPipelineTest {
  @TempDir Path dir;

  private QaResult run(String data, String checksYaml) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, data);
    Path cfg = dir.resolve("pipeline.yaml");
    Files.writeString(cfg, "input: " + in + "\nfield: text\nout: " + dir.resolve("out") + "\nthreads: 2\nchecks:\n" + checksYaml);
    PipelineConfig config = ConfigLoader.load(cfg, PipelineConfig.class, Map.of());
    return new QaPipeline(config).run(List.of("--config", cfg.toString()), null);
  }

  private List<JsonNode> lines(String name) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve("out").resolve(name))) {
      out.add(Json.MAPPER.readTree(l));
    }
    return out;
  }

  private static void reconciles(QaResult r) {
    assertThat(r.recordsIn()).isEqualTo(r.kept() + r.rejected() + r.quarantined());
  }

  @Test
  void rejectsWithReasonsAndKeepsTheRestByteForByte() throws Exception {
    String good = "{\"text\": \"three whole words\", \"id\": 1}";
    QaResult r = run(good + "\n{\"text\":\"short\"}\n", "  - name: test_min_words\n");
    assertThat(r.kept()).isEqualTo(1);
    assertThat(Files.readAllLines(dir.resolve("out/kept.jsonl"))).containsExactly(good);
    JsonNode rej = lines("rejected.jsonl").get(0);
    assertThat(rej.get("text").asString()).isEqualTo("short");
    assertThat(rej.get("reasons").get(0).get("check").asString()).isEqualTo("test_min_words");
    assertThat(rej.get("reasons").get(0).get("value").asDouble()).isEqualTo(1.0);
    assertThat(rej.get("reasons").get(0).get("threshold").asDouble()).isEqualTo(3.0);
    reconciles(r);
  }

  @Test
  void redactionRewritesTheCheckedFieldAndTags() throws Exception {
    QaResult r = run("{\"text\":\"call 555 0100 now\",\"keep\":true}\n", "  - name: test_mask_digits\n    action: redact\n    params: {mask: X}\n");
    JsonNode kept = lines("kept.jsonl").get(0);
    assertThat(kept.get("text").asString()).isEqualTo("call XXX XXXX now");
    assertThat(kept.get("keep").asBoolean()).isTrue();
    assertThat(kept.get("assay_tags").get(0).get("check").asString()).isEqualTo("test_mask_digits");
    reconciles(r);
  }

  @Test
  void duplicatesPointAtTheKeptLineAndLowQualityRecordsNeverRepresentACluster() throws Exception {
    String data =
        "{\"text\":\"x\"}\n"                      // line 1: rejected by min words (pass 1)
            + "{\"text\":\"x\"}\n"                // line 2: also too short
            + "{\"text\":\"a b c d\"}\n"          // line 3: kept
            + "\n"                                // line 4: blank
            + "{\"text\":\"a b c d\"}\n"          // line 5: duplicate of 3
            + "not json\n"                        // line 6: quarantined
            + "{\"other\":\"no text\"}\n";        // line 7: quarantined (no field)
    QaResult r = run(data, "  - name: test_min_words\n  - name: test_same_text\n");
    assertThat(r.kept()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(3);
    assertThat(r.quarantined()).isEqualTo(2);
    JsonNode dup = lines("rejected.jsonl").stream().filter(j -> j.has("duplicate_of")).findFirst().orElseThrow();
    assertThat(dup.get("duplicate_of").asLong()).isEqualTo(3);
    assertThat(dup.get("source_line").asLong()).isEqualTo(5);
    List<JsonNode> q = lines("quarantine.jsonl");
    assertThat(q).extracting(j -> j.get("line").asLong()).containsExactly(6L, 7L);
    assertThat(q.get(1).get("error").asString()).contains(":7: field 'text': expected a string, found nothing");
    reconciles(r);
  }

  @Test
  void reportAndManifestDescribeTheRun() throws Exception {
    QaResult r = run("{\"text\":\"a\"}\n{\"text\":\"one two three\"}\n", "  - name: test_min_words\n    action: tag\n");
    assertThat(r.kept()).isEqualTo(2);
    JsonNode report = Json.MAPPER.readTree(dir.resolve("out/report.json").toFile());
    assertThat(report.at("/checks/test_min_words/flagged").asLong()).isEqualTo(1);
    assertThat(report.at("/checks/test_min_words/rules/words/count").asLong()).isEqualTo(1);
    assertThat(report.at("/counts/records_in").asLong()).isEqualTo(2);
    assertThat(report.at("/timings/apply_and_write_ms").isNumber()).isTrue();
    assertThat(r.manifest().components()).anyMatch(c -> c.name().equals("test_min_words") && c.config().get("min_words").equals(3));
    reconciles(r);
  }

  @Test
  void unknownChecksAndParametersAreClearErrors() {
    assertThatThrownBy(() -> run("{\"text\":\"a\"}\n", "  - name: no_such_check\n"))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("unknown check 'no_such_check'");
    assertThatThrownBy(() -> run("{\"text\":\"a\"}\n", "  - name: test_min_words\n    params: {min_wrods: 2}\n"))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("unknown parameter 'min_wrods'")
        .hasMessageContaining("min_words");
  }

  @Test
  void editsApplyEvenWhenTheCheckFindsNothingAndLaterChecksSeeThem() throws Exception {
    // test_trim (action reject, the default) edits without a finding; the edit must survive, and
    // the duplicate check must pair the two records, in a two-pass pipeline.
    QaResult r =
        run(
            "{\"text\":\"  room 101 is free  \"}\n{\"text\":\"  room 101 is free  \"}\n",
            "  - name: test_trim\n  - name: test_mask_digits\n    action: redact\n  - name: test_min_words\n  - name: test_same_text\n");
    assertThat(r.kept()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(lines("kept.jsonl").get(0).get("text").asString()).isEqualTo("room ### is free");
    reconciles(r);
  }
}
