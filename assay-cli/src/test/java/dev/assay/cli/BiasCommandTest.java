package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A word list that contains an identity term is a textbook biased filter; the audit must put that
 * group first, in the subgroup metrics and in the counterfactual templates.
 */
class BiasCommandTest {
  @TempDir Path dir;

  @Test
  void findsTheGroupABiasedWordListPenalises() throws Exception {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "idiot\nmuslim\n");
    Path groups = dir.resolve("groups.yaml");
    Files.writeString(groups, """
        groups:
          muslim: [muslim, muslims]
          christian: [christian, christians]
        templates:
          - "My {term} neighbour is kind."
          - "We met a {term} family."
        """);
    Path data = dir.resolve("data.jsonl");
    Files.writeString(data, """
        {"text": "you idiot", "label": 1}
        {"text": "the muslim idiot again", "label": 1}
        {"text": "the christian idiot again", "label": 1}
        {"text": "my muslim neighbour is kind", "label": 0}
        {"text": "muslims celebrate eid", "label": 0}
        {"text": "my christian neighbour is kind", "label": 0}
        {"text": "christians celebrate easter", "label": 0.2}
        {"text": "have a nice day", "label": 0}
        {"text": "no label here"}
        """);
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run(
        "bias", "--scorer", "lexicon:" + list, "--data", data.toString(), "--groups", groups.toString(), "--out", out.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode summary = Json.MAPPER.readTree(r.out());
    assertThat(summary.get("used").asInt()).isEqualTo(8);
    assertThat(summary.get("quarantined").asInt()).isEqualTo(1);
    assertThat(summary.get("worst_group").asString()).isEqualTo("muslim");
    JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    JsonNode first = report.get("groups_worst_first").get(0);
    assertThat(first.get("group").asString()).isEqualTo("muslim");
    // Muslim non-toxic texts score 1 like the toxic ones: background-positive vs subgroup-negative
    // pairs are all ties or inversions, so BPSN AUC is below the Christian group's.
    assertThat(first.get("bpsn_auc").asDouble()).isLessThan(report.get("groups_worst_first").get(1).get("bpsn_auc").asDouble());
    JsonNode cf = report.get("counterfactual_worst_first").get(0);
    assertThat(cf.get("group").asString()).isEqualTo("muslim");
    assertThat(cf.get("max_abs_delta").asDouble()).isEqualTo(1.0);
    assertThat(report.get("counterfactual_worst_first").get(1).get("max_abs_delta").asDouble()).isEqualTo(0.0);
    assertThat(out.resolve("manifest.json")).exists();
    assertThat(Files.readString(out.resolve("quarantine.jsonl"))).contains(":9: field 'label'");
  }
}
