package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import dev.assay.core.schema.RecordSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The pipeline file's JSON Schema: docs/pipeline.schema.json is the bundled one ({@code assay run
 * --schema}); pipelines written by {@link PipelineFile#write} and the documented example pass it,
 * and what the loader refuses for its shape the schema refuses too.
 */
class PipelineSchemaTest {
  private static final Path DOCS = Path.of("..", "docs", "pipeline.schema.json");

  @TempDir Path dir;

  @Test
  void docsHoldTheBundledSchema() throws Exception {
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(PipelineSchema.json());
    CliHarness r = CliHarness.run("run", "--schema");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(PipelineSchema.json());
  }

  @Test
  void writtenPipelinesPassAndBadShapesFail() throws Exception {
    RecordSchema schema = RecordSchema.load(DOCS.toAbsolutePath().toString());
    YAMLMapper yaml = new YAMLMapper();
    Path written = PipelineFile.write(dir.resolve("pipeline.yaml"), PipelineFixtures.quickstartSteps());
    JsonNode ok = yaml.readTree(Files.readString(written));
    assertThat(schema.validate(ok)).isEmpty();
    assertThat(PipelineFile.load(written).steps().keySet()).containsExactly("validate", "qa", "pairs", "judge", "leaderboard", "report");
    assertThat(PipelineFile.load(written).step("report").outputs()).containsExactly("tables");
    assertThat(PipelineFile.load(written).step("qa").params())
        .containsEntry("config", "inputs/qa.yaml").containsEntry("input", "${steps.validate}/valid.jsonl");
    for (String bad : List.of("stages: {}", "steps: {a: {args: [x]}}", "steps: {a: {command: qa, output: x}}",
        "steps: {a: {command: qa, params: {out: x}}}", "steps: {'a b': {command: qa}}")) {
      assertThat(schema.validate(yaml.readTree(bad))).as(bad).isNotEmpty();
    }
  }
}
