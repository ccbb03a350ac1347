package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The quickstart runs on bundled data with no network, and every sample row is accounted for. */
class QuickstartCommandTest {
  @Test
  void runsOnBundledDataAndReconciles(@TempDir Path dir) {
    CliHarness r = CliHarness.run("quickstart", "--out", dir.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    long in = j.get("records_in").asLong();
    assertThat(in).isEqualTo(j.get("valid").asLong() + j.get("quarantined").asLong());
    assertThat(j.get("quarantined").asLong()).isEqualTo(4);
    assertThat(j.get("profile").get("samples").asLong()).isEqualTo(j.get("valid").asLong());
    assertThat(dir.resolve("validate/manifest.json")).exists();
  }
}
