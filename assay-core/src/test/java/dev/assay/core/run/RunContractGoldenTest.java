package dev.assay.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Pins every run-file contract: a fixed sample of each kind must serialise exactly to the golden
 * file of its version, read back to the same JSON, and validate against the kind's generated JSON
 * Schema, which is itself pinned by a golden file. Changing a contract's shape fails here until its
 * version is bumped and the golden files are regenerated ({@code -Dassay.golden.update=true}).
 */
class RunContractGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("assay.golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/run");

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(RunFileKind.class)
  void sampleMatchesGoldenFileAndRoundTrips(RunFileKind kind) throws IOException {
    Object sample = RunFileSamples.of(kind);
    String written = kind.shape() == RunFileKind.Shape.DOCUMENT
        ? RunJson.PRETTY.writeValueAsString(sample) + "\n"
        : RunJson.WRITER.writeValueAsString(sample) + "\n";
    Path golden = GOLDEN.resolve(kind.id() + "-v" + kind.version() + (kind.shape() == RunFileKind.Shape.DOCUMENT ? ".json" : ".jsonl"));
    if (UPDATE) {
      Files.writeString(golden, written);
    }
    assertThat(written).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    // Through the contract's own file API, both ways.
    Path file = tmp.resolve(kind.fileName());
    roundTrip(kind, kind.type(), sample, file);
  }

  private static <T> void roundTrip(RunFileKind kind, Class<T> type, Object sample, Path file) {
    RunContract<T> c = kind.contract(type);
    T value = type.cast(sample);
    JsonNode expected = c.toJson(value);
    if (kind.shape() == RunFileKind.Shape.DOCUMENT) {
      c.write(file, value);
      assertThat(c.toJson(c.read(file))).isEqualTo(expected);
    } else {
      c.writeRows(file, List.of(value, value));
      List<T> back = c.readRows(file);
      assertThat(back).hasSize(2);
      assertThat(c.toJson(back.get(1))).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(RunFileKind.class)
  void schemaMatchesGoldenFileAndAcceptsTheSample(RunFileKind kind) throws IOException {
    String schema = JsonSchemas.toJson(kind);
    Path golden = GOLDEN.resolve(kind.id() + "-v" + kind.version() + ".schema.json");
    if (UPDATE) {
      Files.writeString(golden, schema);
    }
    assertThat(schema).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    assertThat(s.validate(RunFileSamples.json(kind))).as(kind.id()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = RunFileKind.class, names = {"LEADERBOARD", "QA_REPORT", "GATE_RESULTS"})
  void schemaRejectsAMisspelledOrMistypedField(RunFileKind kind) {
    Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.toJson(kind), InputFormat.JSON);
    tools.jackson.databind.node.ObjectNode bad = (tools.jackson.databind.node.ObjectNode) RunFileSamples.json(kind).deepCopy();
    String first = bad.propertyNames().iterator().next();
    bad.put(first, List.of(1, 2).toString().equals("x") ? "" : "not-the-right-type");
    bad.put("totally_unknown_field", 1);
    assertThat(s.validate(bad)).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void wrongTypeNamesTheFieldPathAndTheContractNeverAJavaClass() throws IOException {
    Path f = tmp.resolve("leaderboard.json");
    String json = RunJson.PRETTY.writeValueAsString(RunFileSamples.of(RunFileKind.LEADERBOARD))
        .replace("\"rank\" : 1", "\"rank\" : \"first\"");
    Files.writeString(f, json);
    assertThatThrownBy(() -> RunFileKind.LEADERBOARD.contract(LeaderboardFile.class).read(f))
        .isInstanceOf(AssayInputException.class)
        .hasMessageStartingWith(f + ": field 'models[0].rank': expected an integer (leaderboard contract v1")
        .hasMessageNotContaining("dev.assay")
        .hasMessageNotContaining("java.");
  }

  @org.junit.jupiter.api.Test
  void unknownWordInAClosedVocabularyListsTheAllowedOnes() throws IOException {
    Path f = tmp.resolve("judgments.jsonl");
    Files.writeString(f, "{\"id\":1,\"status\":\"ok\",\"judge\":\"j\",\"winner\":\"a\"}\n{\"id\":2,\"status\":\"fine\",\"judge\":\"j\"}\n");
    assertThatThrownBy(() -> RunFileKind.JUDGMENTS.contract(JudgmentRow.class).readRows(f))
        .hasMessageStartingWith(f + ":2: field 'status': 'fine' is not one of: ok, repaired, unparseable, call_failed");
  }

  @org.junit.jupiter.api.Test
  void rowsKeepFieldsTheContractDoesNotName() throws IOException {
    Path f = tmp.resolve("pairs.jsonl");
    Files.writeString(f, "{\"id\":\"x\",\"instruction\":\"i\",\"output_a\":\"a\",\"output_b\":\"b\",\"turn\":2,\"source_file\":\"s.jsonl\"}\n");
    RunContract<PairRow> c = RunFileKind.PAIRS.contract(PairRow.class);
    PairRow p = c.readRows(f).get(0);
    assertThat(p.turn()).isEqualTo(2);
    assertThat(p.extra()).containsOnlyKeys("source_file");
    assertThat(c.toJson(p)).isEqualTo(RunJson.READER.readTree(Files.readString(f)));
  }

  @org.junit.jupiter.api.Test
  void kindsAreNamedAsUsersTypeThem() {
    assertThat(RunFileKind.byId("qa-report")).isEqualTo(RunFileKind.QA_REPORT);
    assertThat(RunFileKind.byId("QA_REPORT")).isEqualTo(RunFileKind.QA_REPORT);
    assertThatThrownBy(() -> RunFileKind.byId("judgement"))
        .hasMessageContaining("unknown run file kind 'judgement'; known: manifest, generations, pairs, judgments");
    assertThatThrownBy(() -> RunFileKind.JUDGMENTS.contract(PairRow.class)).hasMessageContaining("judgments files hold JudgmentRow");
  }
}
