package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.report.Reports;
import dev.assay.report.model.Report;
import dev.assay.testkit.SharedData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay report} end to end, the reports commands write on their own, and the error cases. */
class ReportCommandTest {
  @TempDir Path dir;

  /** Markdown escapes these; the summary sentences are compared after undoing it. */
  private static String unescaped(String markdown) {
    return markdown.replaceAll("\\\\([_*\\[\\]()#`|<>-])", "$1");
  }

  @Test
  void makesOneReportFromSeveralRuns() throws Exception {
    Path qa = ReportRuns.qa(dir, "--no-report");
    Path board = ReportRuns.leaderboard(dir, "--no-report");
    Path bias = ReportRuns.bias(dir, "--no-report");
    Path html = dir.resolve("reports/all.html");
    CliHarness r = CliHarness.run("report", qa.toString(), board.toString(), bias.toString(), "--out-file", html.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("title").asString()).isEqualTo("Assay report: qa, leaderboard, bias");
    assertThat(s.get("runs").asInt()).isEqualTo(3);
    assertThat(s.get("sections").asInt()).isEqualTo(3);
    assertThat(s.get("charts").asInt()).isGreaterThanOrEqualTo(9);
    assertThat(Path.of(s.get("html").asString())).exists();
    assertThat(Path.of(s.get("markdown").asString())).isEqualTo(dir.resolve("reports/all.md"));
    assertThat(Files.size(html)).isGreaterThan(100_000); // ECharts is inlined: the page works offline
    assertThat(Files.readString(html)).contains("<html").contains("leaderboard-win-rates");
    Report report = Reports.build(List.of(qa, board, bias));
    String md = unescaped(Files.readString(dir.resolve("reports/all.md")));
    assertThat(md).contains(report.summary().headlines().get(0)).contains("34 of 40 records (85%) passed QA and were kept");
    for (String caveat : report.summary().caveats()) {
      assertThat(md).contains(caveat);
    }
    JsonNode model = Json.MAPPER.readTree(dir.resolve("reports/all.json").toFile());
    assertThat(model.path("title").asString()).isEqualTo("Assay report: qa, leaderboard, bias");
    assertThat(model.path("provenance").size()).isEqualTo(3);
  }

  @Test
  void commandsWriteTheirOwnReportUnlessToldNot() throws Exception {
    Path qa = ReportRuns.qa(dir);
    assertThat(qa.resolve(AutoReport.FILE)).exists();
    assertThat(qa.resolve("assay-report.md")).exists();
    assertThat(qa.resolve("assay-report.json")).exists();
    assertThat(Json.MAPPER.readTree(qa.resolve("report.json").toFile()).has("checks")).as("qa's own report.json is untouched").isTrue();
    Path bias = ReportRuns.bias(dir);
    assertThat(bias.resolve(AutoReport.FILE)).exists();
    assertThat(Json.MAPPER.readTree(bias.resolve("report.json").toFile()).has("groups_worst_first")).isTrue();
    Path board = ReportRuns.leaderboard(dir);
    assertThat(unescaped(Files.readString(board.resolve("assay-report.md")))).contains("strong beats base: win rate ");
    Path quiet = ReportRuns.leaderboard(Files.createDirectories(dir.resolve("x")), "--no-report");
    assertThat(quiet.resolve(AutoReport.FILE)).doesNotExist();
  }

  @Test
  void aReportThatCannotBeWrittenIsOnlyAWarning() throws Exception {
    Path out = dir.resolve("board");
    Files.createDirectories(out.resolve(AutoReport.FILE).resolve("in-the-way"));
    Path board = ReportRuns.leaderboard(dir); // asserts exit code 0 itself
    assertThat(board.resolve("leaderboard.json")).exists();
    assertThat(board.resolve(AutoReport.FILE)).isDirectory();
    CliHarness again = CliHarness.run("leaderboard", "--bootstrap", "0", "--out", out.toString(), dir.resolve("board-judgments.jsonl").toString());
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("assay: warning: the report").contains("was not written (the run's results are unaffected)");
  }

  @Test
  void missingDirectoriesAndManifestsAreUsageErrors() throws Exception {
    CliHarness missing = CliHarness.run("report", dir.resolve("nope").toString(), "--out-file", dir.resolve("r.html").toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("nope: no such run directory");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliHarness noManifest = CliHarness.run("report", empty.toString(), "--out-file", dir.resolve("r.html").toString());
    assertThat(noManifest.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(noManifest.err()).contains("empty: no manifest.json (is this the output directory of an Assay command?)");
    Files.writeString(empty.resolve("manifest.json"), "{not json");
    assertThat(CliHarness.run("report", empty.toString(), "--out-file", dir.resolve("r.html").toString()).err()).contains("manifest.json: not valid JSON");
    assertThat(dir.resolve("r.html")).doesNotExist();
    assertThat(CliHarness.run("report").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aValidationRunSaysWhyRecordsWereQuarantined() throws Exception {
    Path data = dir.resolve("in.jsonl");
    Files.writeString(data, "{\"instruction\": \"Say hi\", \"output\": \"hi\"}\n{\"oops\": 1}\n");
    Path out = dir.resolve("validate");
    assertThat(CliHarness.run("validate", "--schema", "alpaca", data.toString(), "--out", out.toString()).exit()).isEqualTo(ExitCode.DATA_REJECTED);
    CliHarness r = CliHarness.run("report", out.toString(), "--out-file", dir.resolve("v.html").toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    String md = unescaped(Files.readString(dir.resolve("v.md")));
    assertThat(md).contains("We validated 2 records against the alpaca schema.").contains("1 of 2 records (50%) are valid.")
        .contains("1 of 2 records (50%) failed validation and were quarantined: 1 field '");
  }

  @Test
  void rewardEvalKeepsItsStdoutAndWritesAReportOnlyWhenAsked() throws Exception {
    Path data = SharedData.path("hh_rlhf/harmless-base-test.jsonl.gz");
    Path pairs = dir.resolve("hh.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
      for (String l; lines.size() < 40 && (l = r.readLine()) != null; ) {
        lines.add(l);
      }
    }
    Files.write(pairs, lines);
    CliHarness plain = CliHarness.run("reward", "eval", "--json", "--model", "default", pairs.toString());
    assertThat(plain.exit()).as(plain.err()).isZero();
    Path html = dir.resolve("reval/report.html");
    CliHarness reported = CliHarness.run("reward", "eval", "--json", "--model", "default", "--report", html.toString(), pairs.toString());
    assertThat(reported.exit()).as(reported.err()).isZero();
    assertThat(reported.out()).isEqualTo(plain.out());
    assertThat(html).exists();
    assertThat(dir.resolve("reval/manifest.json")).exists();
    assertThat(Json.MAPPER.readTree(dir.resolve("reval/reward-eval.json").toFile())).isEqualTo(Json.MAPPER.readTree(plain.out()));
    String md = unescaped(Files.readString(dir.resolve("reval/report.md")));
    assertThat(md).contains("We evaluated the reward model default on 40 preference pairs.")
        .contains("The reward model default picks the preferred answer in ");
    Report r = Reports.build(List.of(dir.resolve("reval")));
    assertThat(r.sections().get(0).blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(dev.assay.report.model.Chart.class));
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("manifest.json"), "{\"command\": \"judge\"}");
    CliHarness refused = CliHarness.run("reward", "eval", "--json", "--model", "default", "--report", taken.resolve("r.html").toString(), pairs.toString());
    assertThat(refused.exit()).isZero();
    assertThat(refused.out()).isEqualTo(plain.out());
    assertThat(refused.err()).contains("assay: warning: the report was not written: " + taken.resolve("manifest.json") + " belongs to another run");
    assertThat(taken.resolve("r.html")).doesNotExist();
    assertThat(Files.readString(taken.resolve("manifest.json"))).isEqualTo("{\"command\": \"judge\"}");
  }

  @Test
  void outIsADirectoryAndOutFileNamesThePage() throws Exception {
    Path data = dir.resolve("d.jsonl");
    Files.writeString(data, "{\"instruction\":\"a\",\"output\":\"b\"}\n");
    Path run = dir.resolve("v");
    assertThat(CliHarness.run("validate", "--schema", "alpaca", data.toString(), "--out", run.toString(), "--quiet").exit()).isZero();
    CliHarness r = CliHarness.run("report", run.toString(), "--out", dir.resolve("rep").toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("rep/report.html")).exists();
    assertThat(dir.resolve("rep/report.md")).exists();
    assertThat(dir.resolve("rep/report.json")).exists();
    CliHarness bad = CliHarness.run("report", run.toString(), "--out-file", dir.resolve("page.pdf").toString());
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("expected an .html file");
    CliHarness file = CliHarness.run("report", run.toString(), "--out", dir.resolve("rep/report.html").toString());
    assertThat(file.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(file.err()).contains("--out names a directory");
  }
}
