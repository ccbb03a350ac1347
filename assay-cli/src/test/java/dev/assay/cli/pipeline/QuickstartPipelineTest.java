package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The quickstart's steps (validate, qa, judge, leaderboard, report) as a pipeline built with
 * {@link PipelineFile#write}: the first run runs every step, the second finds every step cached,
 * quickly, and the pipeline manifest holds each step's own manifest.
 */
class QuickstartPipelineTest {
  @TempDir Path dir;

  @Test
  void runsEveryStepThenFindsEveryStepCached() throws Exception {
    Path file = PipelineFixtures.quickstart(dir);

    RunJson first = RunJson.run(file.toString());
    assertThat(first.exit()).as(first.cli().err()).isZero();
    assertThat(first.statuses()).containsExactly(
        Map.entry("validate", "ran"), Map.entry("qa", "ran"), Map.entry("pairs", "ran"), Map.entry("judge", "ran"),
        Map.entry("leaderboard", "ran"), Map.entry("report", "ran"));
    assertThat(first.step("validate").get("reason").asString()).isEqualTo("never ran");
    assertThat(first.step("validate").get("exit_code").asInt()).as("4 records are quarantined").isEqualTo(1);
    assertThat(dir.resolve("qa/kept.jsonl")).isNotEmptyFile();
    assertThat(dir.resolve("judge/judgments.jsonl")).isNotEmptyFile();
    assertThat(dir.resolve("leaderboard/leaderboard.json")).isNotEmptyFile();
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(dir.resolve("report.md")).isNotEmptyFile();
    assertThat(dir.resolve("tables/schema.json")).isNotEmptyFile();

    JsonNode qaManifest = Json.MAPPER.readTree(Files.readString(dir.resolve("qa/manifest.json")));
    assertThat(qaManifest.toString()).as("qa read validate's output").contains("valid.jsonl");

    long t0 = System.nanoTime();
    RunJson second = RunJson.run(file.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(second.exit()).as(second.cli().err()).isZero();
    assertThat(second.statuses().values()).containsOnly("cached").hasSize(6);
    assertThat(ms).as("an unchanged rerun").isLessThan(2000);

    JsonNode manifest = Json.MAPPER.readTree(Files.readString(dir.resolve(".assay-run/manifest.json")));
    assertThat(manifest.get("kind").asString()).isEqualTo("pipeline-run");
    assertThat(manifest.get("steps")).hasSize(6);
    for (JsonNode s : manifest.get("steps")) {
      if (!s.get("name").asString().equals("report")) { // report writes a page, not a run folder
        assertThat(s.get("manifest").get("command").asString()).as(s.get("name").asString()).isNotBlank();
      }
      assertThat(s.get("lock").get("outputs").size()).as(s.get("name").asString()).isPositive();
    }
    JsonNode lock = Json.MAPPER.readTree(Files.readString(dir.resolve("pipeline.lock")));
    assertThat(lock.get("steps").get("qa").get("inputs").has("validate/valid.jsonl")).isTrue();
    assertThat(lock.get("steps").get("qa").get("inputs").has("inputs/qa.yaml")).isTrue();
    assertThat(lock.get("steps").get("report").get("outputs").has("report.md")).isTrue();
    assertThat(lock.get("steps").get("report").get("outputs").has("tables/schema.json")).as("outputs: [tables]").isTrue();
    assertThat(lock.get("steps").get("judge").get("inputs").has("pairs/pairs.jsonl")).isTrue();
  }
}
