package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay report} on a folder of runs, and on a shell glob that also matches files and non-run folders. */
class ReportOfFoldersTest {
  @TempDir Path dir;

  @Test
  void aFolderOfRunsReportsEveryRunInTheOrderTheyRan() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path board = ReportRuns.leaderboard(work, "--no-report");   // runs first, though "board" sorts after "qa" by name
    Path qa = ReportRuns.qa(work, "--no-report");
    Files.createDirectories(work.resolve("tables"));
    Path html = dir.resolve("all.html");

    CliHarness r = CliHarness.run("report", "--json", "--tables", work.toString(), "--out-file", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode printed = Json.MAPPER.readTree(r.out());
    assertThat(printed.path("parquet_tables").asInt()).isPositive();
    assertThat(dir.resolve("tables/schema.json")).exists();
    assertThat(dir.resolve("tables/qa_funnel.parquet")).exists();
    JsonNode report = Json.MAPPER.readTree(dir.resolve("all.json").toFile());
    List<String> runs = new ArrayList<>();
    report.path("provenance").forEach(p -> runs.add(p.path("runDir").asString()));
    assertThat(runs).containsExactly(board.toString(), qa.toString());

    List<String> glob = new ArrayList<>();
    try (Stream<Path> s = Files.list(work)) {
      s.sorted().forEach(p -> glob.add(p.toString()));
    }
    glob.addAll(List.of("--out-file", dir.resolve("glob.html").toString()));
    glob.addFirst("report");
    CliHarness g = CliHarness.run(glob.toArray(String[]::new));
    assertThat(g.exit()).as(g.err()).isZero();
    assertThat(g.err()).contains("not run folders, skipped: ").contains("tables").contains("qa-data.jsonl");
    assertThat(dir.resolve("glob.html")).exists();
  }
}
