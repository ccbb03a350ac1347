package dev.assay.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pins the manifest format: a manifest built with fixed values must serialise exactly to the golden
 * file of the current {@link RunManifest#FORMAT_VERSION}. Changing the shape fails this test until
 * the version is bumped and a new golden file is added.
 */
class ManifestGoldenTest {

  private static RunManifest fixed() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    ManifestBuilder b = new ManifestBuilder("validate", List.of("--schema", "alpaca", "in.jsonl", "--out", "out"), clock);
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("sha256", "ab".repeat(32));
    b.component("schema", "alpaca", cfg);
    b.seed("bootstrap", 42);
    b.timing("validate", 12);
    b.count("records_in", 3);
    b.count("valid", 2);
    b.count("quarantined", 1);
    b.warning("example warning");
    RunManifest m = b.build(dev.assay.core.run.RunStatus.DATA_REJECTED);
    // Replace the parts that depend on the machine and build with fixed values.
    return new RunManifest(
        m.formatVersion(),
        new ToolInfo("assay", "0.0.0-test", "0000000"),
        new RunManifest.Environment("25", "vendor", "Linux", "6", "amd64", 2, 1024),
        m.command(),
        m.arguments(),
        m.components(),
        List.of(new RunManifest.FileEntry("input", "in.jsonl", "cd".repeat(32), 99, "jsonl", 3)),
        List.of(new RunManifest.FileEntry("valid", "out/valid.jsonl", "ef".repeat(32), 66, "jsonl", 2)),
        m.seeds(),
        m.startedAt(),
        m.finishedAt(),
        m.durationMs(),
        m.timings(),
        m.counts(),
        m.status(),
        m.warnings());
  }

  @Test
  void serialisesExactlyLikeTheGoldenFile() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/manifest-v" + RunManifest.FORMAT_VERSION + ".json")) {
      assertThat(in).as("golden file for format version " + RunManifest.FORMAT_VERSION).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ManifestWriter.toJson(fixed())).isEqualTo(golden);
  }

  @Test
  void roundTripsThroughJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    RunManifest m = fixed();
    ManifestWriter.write(m, dir.resolve("manifest.json"));
    assertThat(ManifestWriter.read(dir.resolve("manifest.json"))).isEqualTo(m);
  }

  @Test
  void currentBuildKnowsItsVersion() {
    JsonNode tool = Json.MAPPER.valueToTree(ToolInfo.current());
    assertThat(tool.get("version").asString()).isNotBlank().isNotEqualTo("unknown");
    assertThat(((ObjectNode) tool).has("git_commit") || tool.has("gitCommit")).isTrue();
  }
}
