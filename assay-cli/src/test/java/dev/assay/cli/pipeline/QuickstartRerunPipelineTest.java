package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import dev.assay.core.manifest.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-checked contract of issue 14: {@code assay quickstart --out DIR} writes {@code
 * DIR/pipeline.yaml}, and {@code assay run DIR/pipeline.yaml --json} then finds every step {@code
 * cached}. The quickstart's own steps and the pipeline's commands are the same code: forcing every
 * step through {@code assay run} writes the same data files, byte for byte. An edit to the QA
 * configuration reruns qa and what reads it, and nothing else.
 */
class QuickstartRerunPipelineTest {
  /** The data files of each step (manifests differ: they record their own command lines and times). */
  private static final List<String> DATA = List.of("validate/valid.jsonl", "validate/quarantine.jsonl", "qa/kept.jsonl",
      "qa/rejected.jsonl", "pairs/pairs.jsonl", "pairs/unmatched.jsonl", "leaderboard/leaderboard.json");

  @Test
  void everyStepIsCachedAfterTheQuickstartAndTheCommandsWriteTheSameData(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("qs");
    CliHarness qs = CliHarness.run("quickstart", "--out", out.toString(), "--quiet");
    assertThat(qs.exit()).as(qs.err()).isZero();
    Path pipeline = out.resolve("pipeline.yaml");
    assertThat(pipeline).isRegularFile();

    RunJson again = RunJson.run(pipeline.toString());
    assertThat(again.exit()).as(again.cli().err()).isZero();
    assertThat(again.statuses()).containsExactly(Map.entry("validate", "cached"), Map.entry("qa", "cached"),
        Map.entry("pairs", "cached"), Map.entry("judge", "cached"), Map.entry("leaderboard", "cached"),
        Map.entry("report", "cached"));

    Map<String, String> before = hashes(out);
    String verdictsBefore = verdicts(out);
    RunJson forced = RunJson.run(pipeline.toString(), "--force-all");
    assertThat(forced.exit()).as(forced.cli().err()).isZero();
    assertThat(forced.statuses().values()).containsOnly("ran").hasSize(6);
    assertThat(hashes(out)).as("the commands write what the quickstart wrote").isEqualTo(before);
    assertThat(verdicts(out)).isEqualTo(verdictsBefore);
    assertThat(out.resolve("tables/prompt_judgments.parquet")).isRegularFile();

    // A stricter length check in the QA config: qa reruns, and so does everything that reads its output.
    Path qaConfig = out.resolve("inputs/qa.yaml");
    Files.writeString(qaConfig, Files.readString(qaConfig) + "# edited\n");
    RunJson plan = RunJson.run(pipeline.toString(), "--dry-run");
    assertThat(plan.statuses()).containsEntry("validate", "cached").containsEntry("qa", "would run");
    assertThat(plan.step("qa").get("reason").asString()).isEqualTo("input inputs/qa.yaml changed");
    RunJson edited = RunJson.run(pipeline.toString());
    assertThat(edited.exit()).as(edited.cli().err()).isZero();
    // Only a comment changed: qa ran and wrote the same kept records, so pairs and judge stay cached.
    assertThat(edited.statuses()).containsEntry("validate", "cached").containsEntry("qa", "ran")
        .containsEntry("pairs", "cached").containsEntry("judge", "cached");
  }

  private static Map<String, String> hashes(Path out) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : DATA) {
      m.put(f, Sha256.of(out.resolve(f)));
    }
    return m;
  }

  /** The judgments without their timing fields: winner and preference per pair, in order. */
  private static String verdicts(Path out) throws Exception {
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(out.resolve("judge/judgments.jsonl"))) {
      var j = dev.assay.core.io.Json.MAPPER.readTree(line);
      b.append(j.get("id").asString()).append(' ').append(j.path("winner").asString()).append(' ')
          .append(j.path("preference").asString()).append(' ').append(j.path("input_sha256").asString()).append('\n');
    }
    return b.toString();
  }
}
