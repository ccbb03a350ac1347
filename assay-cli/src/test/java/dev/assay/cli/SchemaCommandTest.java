package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.RunFileKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code assay schema}: each contract's JSON Schema on stdout, the list of kinds, usage errors. */
class SchemaCommandTest {

  @Test
  void printsTheSchemaOfAKindAsUsersSpellIt() {
    CliHarness r = CliHarness.run("schema", "qa-report");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(JsonSchemas.toJson(RunFileKind.QA_REPORT));
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(s.at("/properties/counts/$ref").asString()).isEqualTo("#/$defs/QaReportFile.Counts");
    assertThat(s.at("/$defs/QaReportFile.Counts/required")).extracting(JsonNode::asString)
        .containsExactly("records_in", "kept", "rejected", "quarantined");
  }

  @Test
  void listsEveryKindAsJson() {
    CliHarness r = CliHarness.run("schema", "--json");
    assertThat(r.exit()).isZero();
    JsonNode kinds = Json.MAPPER.readTree(r.out()).get("kinds");
    assertThat(kinds).hasSize(RunFileKind.values().length);
    assertThat(kinds.get(3).get("kind").asString()).isEqualTo("judgments");
    assertThat(kinds.get(3).get("file").asString()).isEqualTo("judgments.jsonl");
    assertThat(kinds.get(3).get("shape").asString()).isEqualTo("rows");
  }

  @Test
  void unknownKindIsAUsageErrorListingTheKnownOnes() {
    CliHarness r = CliHarness.run("schema", "judgement");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("unknown run file kind 'judgement'; known: manifest, generations, pairs, judgments, qa-report");
  }
}
