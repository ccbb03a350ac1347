package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The quickstart runs on bundled data with no network, and every sample row is accounted for. */
class QuickstartCommandTest {
  @Test
  void runsOnBundledDataAndReconciles(@TempDir Path dir) throws Exception {
    CliHarness r = CliHarness.run("quickstart", "--out", dir.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    long in = j.get("records_in").asLong();
    assertThat(in).isEqualTo(j.get("valid").asLong() + j.get("quarantined").asLong());
    assertThat(j.get("quarantined").asLong()).isEqualTo(4);
    assertThat(j.get("profile").get("samples").asLong()).isEqualTo(j.get("valid").asLong());
    assertThat(dir.resolve("validate/manifest.json")).exists();

    JsonNode qa = j.get("qa");
    assertThat(qa.get("records_in").asLong()).isEqualTo(j.get("valid").asLong());
    assertThat(qa.get("kept").asLong() + qa.get("rejected").asLong() + qa.get("quarantined").asLong())
        .isEqualTo(qa.get("records_in").asLong());
    String kept = Files.readString(dir.resolve("qa/kept.jsonl"));
    // The bundled sample holds an e-mail address, a phone number and a card number: all redacted.
    assertThat(kept).doesNotContain("support.team@example.com").doesNotContain("4111 1111 1111 1111");
    String rejected = Files.readString(dir.resolve("qa/rejected.jsonl"));
    assertThat(rejected).contains("\"id\":\"qs-near-2\"").contains("duplicate_of").contains("\"id\":\"qs-empty\"");
    assertThat(dir.resolve("qa/manifest.json")).exists();
    assertThat(dir.resolve("pipeline.yaml")).exists();
  }
}
