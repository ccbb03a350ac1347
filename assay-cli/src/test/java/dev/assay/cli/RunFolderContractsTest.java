package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.Json;
import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.RunFileKind;
import dev.assay.testkit.llm.FakeLlmServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What the commands really write fits the contracts: every contract file of real run folders
 * (qa, judge, leaderboard, bias, drift, and the quickstart's validate/qa/judge/leaderboard) validates
 * against its kind's JSON Schema, record by record, and reads through its typed contract.
 */
class RunFolderContractsTest {
  @TempDir Path dir;

  @Test
  void everyFileOfRealRunFoldersFitsItsContract() throws IOException {
    List<Path> runs = new ArrayList<>();
    runs.add(ReportRuns.qa(Files.createDirectories(dir.resolve("q")), "--no-report"));
    try (FakeLlmServer server = FakeLlmServer.start().reply(ReportRuns.JUDGE)) {
      runs.add(ReportRuns.judge(Files.createDirectories(dir.resolve("j")), server, "--no-report"));
    }
    runs.add(ReportRuns.leaderboard(Files.createDirectories(dir.resolve("l")), "--no-report"));
    runs.add(ReportRuns.bias(Files.createDirectories(dir.resolve("b")), "--no-report"));
    runs.add(ReportRuns.drift(Files.createDirectories(dir.resolve("d")), "--no-report"));
    CliHarness quick = CliHarness.run("quickstart", "--out", dir.resolve("quick").toString());
    assertThat(quick.exit()).as(quick.err()).isZero();
    try (Stream<Path> s = Files.list(dir.resolve("quick"))) {
      s.filter(p -> Files.exists(p.resolve("manifest.json"))).forEach(runs::add);
    }
    Set<RunFileKind> seen = EnumSet.noneOf(RunFileKind.class);
    for (Path run : runs) {
      String command = Json.MAPPER.readTree(run.resolve("manifest.json").toFile()).path("command").asString();
      try (Stream<Path> files = Files.list(run)) {
        for (Path f : files.sorted().toList()) {
          RunFileKind kind = RunFileKind.forFile(command, f.getFileName().toString()).orElse(null);
          if (kind == null || Files.size(f) == 0) {
            continue;
          }
          seen.add(kind);
          check(kind, f);
        }
      }
    }
    assertThat(seen).contains(RunFileKind.MANIFEST, RunFileKind.QA_REPORT, RunFileKind.JUDGMENTS, RunFileKind.LEADERBOARD,
        RunFileKind.BIAS_REPORT, RunFileKind.DRIFT_REPORT, RunFileKind.QUARANTINE);
  }

  private static void check(RunFileKind kind, Path f) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.toJson(kind), InputFormat.JSON);
    if (kind.shape() == RunFileKind.Shape.DOCUMENT) {
      JsonNode doc = Json.MAPPER.readTree(f.toFile());
      assertThat(schema.validate(doc)).as(f.toString()).isEmpty();
      kind.contract(kind.type()).read(f);
      return;
    }
    try (DatasetReader in = Datasets.open(f)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        assertThat(r.parsed()).as(r.location()).isTrue();
        assertThat(schema.validate(r.value())).as(r.location() + " " + r.value()).isEmpty();
      }
    }
    assertThat(kind.contract(kind.type()).readRows(f)).isNotNull();
  }

  @Test
  void unknownFilesAreNotContracts() {
    assertThat(RunFileKind.forFile("qa", "assay-report.html")).isEmpty();
    assertThat(RunFileKind.forFile("qa", "kept.parquet")).isEmpty();
    assertThat(RunFileKind.forFile("judge", "judgments.jsonl.gz")).contains(RunFileKind.JUDGMENTS);
    assertThat(RunFileKind.forFile("drift", "report.json")).contains(RunFileKind.DRIFT_REPORT);
  }
}
