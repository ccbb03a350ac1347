package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The validate command's documented exit codes and outputs. */
class ValidateCommandTest {
  @TempDir Path dir;

  private Path input(String text) throws Exception {
    Path p = dir.resolve("in.jsonl");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void exitsZeroWhenEverythingIsValid() throws Exception {
    Path in = input("{\"instruction\":\"a\",\"output\":\"b\"}\n");
    CliHarness r = CliHarness.run("validate", "--schema", "alpaca", in.toString(), "--out", dir.resolve("o").toString(), "--json");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("valid").asLong()).isEqualTo(1);
    assertThat(j.get("status").asString()).isEqualTo("ok");
    assertThat(dir.resolve("o/manifest.json")).exists();
  }

  @Test
  void exitsOneWhenRecordsWereQuarantined() throws Exception {
    Path in = input("{\"instruction\":\"a\",\"output\":\"b\"}\n{\"instruction\":\"a\"}\nnot json\n");
    CliHarness r = CliHarness.run("validate", "--schema", "alpaca", in.toString(), "--out", dir.resolve("o").toString(), "--json");
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("records_in").asLong()).isEqualTo(3);
    assertThat(j.get("quarantined").asLong()).isEqualTo(2);
    assertThat(Files.readAllLines(dir.resolve("o/quarantine.jsonl"))).hasSize(2);
  }

  @Test
  void exitsTwoOnAMissingFileWithItsName() {
    CliHarness r = CliHarness.run("validate", "--schema", "alpaca", dir.resolve("missing.jsonl").toString(), "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("missing.jsonl: no such file");
  }

  @Test
  void exitsTwoOnAnUnknownOption() {
    CliHarness r = CliHarness.run("validate", "--schemaa", "alpaca");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--schemaa");
  }

  @Test
  void readsAYamlJobFile() throws Exception {
    Path in = input("{\"instruction\":\"a\",\"output\":\"b\"}\n");
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, "input: " + in + "\nschema: alpaca\nout: " + dir.resolve("viajob") + "\nthreads: 1\n");
    CliHarness r = CliHarness.run("validate", "--config", job.toString(), "--quiet");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(dir.resolve("viajob/valid.jsonl")).exists();
  }

  @Test
  void badJobFileIsAUsageErrorNamingTheLine() throws Exception {
    Path job = dir.resolve("job.yaml");
    Files.writeString(job, "input: x.jsonl\nschema: alpaca\nout: o\nthreads: -1\n");
    CliHarness r = CliHarness.run("validate", "--config", job.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("job.yaml:4: threads: must be greater than or equal to 0, found -1");
  }
}
