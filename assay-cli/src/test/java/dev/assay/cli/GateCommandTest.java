package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.assay.core.io.Json;
import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.RunFileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assay gate} over the quickstart's real run folders (validate, qa, judge, leaderboard):
 * exit codes that never mix (0 pass, 1 fail, 2 usage / unknown field, 70 evaluation error), the
 * JUnit XML read back with the JDK's parser, the Markdown, gate.json through its contract, gate.yaml
 * errors with file:line, and run folders from an older contract.
 */
class GateCommandTest {
  @TempDir static Path shared;
  static Path quick;

  @TempDir Path dir;

  @BeforeAll
  static void quickstart() {
    quick = shared.resolve("quick");
    CliHarness q = CliHarness.run("quickstart", "--out", quick.toString());
    assertThat(q.exit()).as(q.err()).isZero();
  }

  private static CliHarness gate(String... args) {
    List<String> a = new ArrayList<>(List.of("gate"));
    a.addAll(List.of(args));
    return CliHarness.run(a.toArray(String[]::new));
  }

  @Test
  void passingAssertionsOverTheQuickstartExitZero() {
    CliHarness r = gate("--assert", "qa.rejected_share <= 0.1", "--assert", "qa.duplicate_rate < 0.05",
        "--assert", "leaderboard.models[model-a].win_rate_lower >= 50", "--assert", "leaderboard.models[model=model-a].rank == 1",
        "--assert", "judge.models[model-a].win_rate > 0.5", "--assert", "qa.manifest.counts.kept >= 100",
        "--assert", "validate.counts.quarantined == 4", "--assert", "leaderboard.models[-1].rank == 2", quick.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // 8 of 135 records rejected; exact (1) + near (3) duplicates of 135.
    assertThat(r.err()).contains("PASS  qa.rejected_share <= 0.1: 0.0593 <= 0.1")
        .contains("PASS  qa.duplicate_rate < 0.05: 0.0296 < 0.05")
        .contains("gate pass: 8 passed, 0 failed, 0 warned, 0 errors");
  }

  @Test
  void aFailedAssertionExitsOneAndQuietPrintsNothing() {
    CliHarness r = gate("--quiet", "--assert", "qa.rejected_share <= 0.1", "--assert", "qa.toxicity_rejected_share < 0.01", quick.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    CliHarness loud = gate("--assert", "qa.toxicity_rejected_share < 0.01", quick.resolve("qa").toString());
    assertThat(loud.err()).contains("FAIL  qa.toxicity_rejected_share < 0.01: 0.0148 >= 0.01 (expected < 0.01)");
  }

  @Test
  void unknownFieldExitsTwoListingTheFieldsThereWithADidYouMean() {
    CliHarness r = gate("--assert", "qa.rejeted_share <= 0.1", "--assert", "leaderboard.models[model-c].rank == 1",
        "--assert", "qa.checks.toxicty.rejected < 3", "--assert", "judgee.items > 1", "--assert", "qa.counts > 1", quick.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("qa.rejeted_share <= 0.1: 'rejeted_share' is not a field of 'qa'; did you mean 'rejected_share'? Fields of 'qa': ")
        .contains("counts, checks, timings, rejected_share, kept_share")
        .contains("'models' has no entry [model-c]")
        .contains("At 'leaderboard.models': model-a, model-b")
        .contains("did you mean 'toxicity'? At 'qa.checks': empty, length, gopher_repetition, pii, toxicity, exact_dedup, minhash_dedup")
        .contains("no run folder is named 'judgee'; did you mean 'judge'? Run folders: judge, leaderboard, pairs, qa, validate, pair")
        .contains("'qa.counts' is a group of fields, not a number; name one of: records_in, kept, rejected, quarantined");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badSyntaxAndMissingFoldersAreUsage() {
    assertThat(gate("--assert", "qa.rejected_share =< 0.1", quick.toString()).err()).contains("unknown operator '=<'");
    assertThat(gate("--assert", "qa.rejected_share <= 10%", quick.toString()).exit()).isEqualTo(ExitCode.USAGE);
    CliHarness missing = gate("--assert", "qa.rejected_share <= 0.1", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("no such run folder");
    assertThat(gate(quick.toString()).exit()).isEqualTo(ExitCode.USAGE);
    CliHarness noBase = gate("--assert", "judge.models[model-a].win_rate >= baseline", quick.toString());
    assertThat(noBase.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(noBase.err()).contains("no baseline run was given (--baseline DIR)");
  }

  @Test
  void aFieldThisRunLeftEmptyIsAnEvaluationErrorWithTheReason() {
    CliHarness r = gate("--assert", "leaderboard.kappa >= 0.4", "--assert", "qa.rejected_share <= 0.1", quick.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).contains("ERROR  leaderboard.kappa >= 0.4: leaderboard: 'kappa' is empty in this run: the judgments had no human labels");
  }

  @Test
  void outWritesGateJsonJunitMarkdownAndAManifest() throws Exception {
    Path out = dir.resolve("gate");
    CliHarness r = gate("--out", out.toString(), "--json", "--assert", "qa.rejected_share <= 0.1",
        "--assert", "qa.toxicity_rejected_share < 0.01", "--assert", "leaderboard.kappa > 0.2", quick.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    GateResults g = RunFileKind.GATE_RESULTS.contract(GateResults.class).read(out.resolve("gate.json"));
    assertThat(g.outcome()).isEqualTo(GateOutcome.ERROR);
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.toJson(RunFileKind.GATE_RESULTS), InputFormat.JSON)
        .validate(Json.MAPPER.readTree(out.resolve("gate.json").toFile()))).isEmpty();
    assertThat(g.assertions()).extracting(GateResults.Assertion::outcome)
        .containsExactly(GateOutcome.PASS, GateOutcome.FAIL, GateOutcome.ERROR);
    assertThat(g.assertions().get(0).actual()).isCloseTo(8.0 / 135, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(g.assertions().get(0).field()).isEqualTo("rejected_share");
    assertThat(g.assertions().get(0).run()).isEqualTo("qa");
    // --json: exactly one JSON object on stdout, the same results
    GateResults fromStdout = RunFileKind.GATE_RESULTS.contract(GateResults.class).fromJson(Json.MAPPER.readTree(r.out()), "stdout");
    assertThat(fromStdout).isEqualTo(g);
    assertThat(r.out().strip().lines()).hasSize(1);
    // JUnit XML, parsed back with the JDK's parser
    Document x = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
    Element suite = (Element) x.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    NodeList cases = x.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element second = (Element) cases.item(1);
    assertThat(second.getAttribute("name")).isEqualTo("qa.toxicity_rejected_share < 0.01");
    assertThat(second.getAttribute("classname")).isEqualTo("assay.gate.qa");
    assertThat(second.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) second.getElementsByTagName("failure").item(0)).getAttribute("message")).contains("0.0148 >= 0.01");
    Element third = (Element) cases.item(2);
    assertThat(third.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(third.getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) cases.item(0)).getElementsByTagName("error").getLength()).isZero();
    // Markdown for the pull request
    String md = Files.readString(out.resolve("gate.md"));
    assertThat(md).startsWith("### Assay gate could not be evaluated\n")
        .contains("3 assertions: 1 passed, 1 failed, 0 warned, 1 could not be evaluated.")
        .contains("| pass | `qa.rejected_share <= 0.1` | 0.0593 | 0.1 | 0.0593 <= 0.1 |")
        .contains("| **FAIL** | `qa.toxicity_rejected_share < 0.01` | 0.0148 | 0.01 |")
        .contains("| **ERROR** | `leaderboard.kappa > 0.2` | n/a |");
    // and a manifest like every command
    ObjectNode m = (ObjectNode) Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.path("command").asString()).isEqualTo("gate");
    assertThat(m.path("counts").path("assertions").asInt()).isEqualTo(3);
    assertThat(m.path("counts").path("errors").asInt()).isEqualTo(1);
    assertThat(m.path("inputs").size()).isEqualTo(5); // validate, qa, pairs, judge, leaderboard
  }

  @Test
  void explicitJunitAndMarkdownPathsAndWarnSeverityFromGateYaml() throws Exception {
    Path yaml = dir.resolve("gate.yaml");
    Files.writeString(yaml, """
        assertions:
          - "qa.rejected_share <= 0.1"
          - assert: "qa.toxicity_rejected_share < 0.01"
            severity: warn
        """);
    Path junit = dir.resolve("reports/junit.xml");
    Path md = dir.resolve("summary.md");
    CliHarness r = gate("--config", yaml.toString(), "--junit", junit.toString(), "--markdown", md.toString(), quick.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("WARN  qa.toxicity_rejected_share < 0.01").contains("gate pass: 1 passed, 0 failed, 1 warned, 0 errors");
    Document x = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertThat(x.getElementsByTagName("failure").getLength()).isZero();
    assertThat(x.getElementsByTagName("system-err").item(0).getTextContent()).startsWith("warning (severity warn, the gate passes)");
    assertThat(Files.readString(md)).startsWith("### Assay gate passed").contains("| warn | `qa.toxicity_rejected_share < 0.01`");
  }

  @Test
  void gateYamlWithABadLineNamesFileAndLine() throws IOException {
    Path yaml = dir.resolve("gate.yaml");
    Files.writeString(yaml, """
        # quality gate
        assertions:
          - "qa.rejected_share <= 0.1"
          - "qa.duplicate_rate <> 0.05"
          - "qa.kept_share >= 0.9"
        """);
    CliHarness r = gate("--config", yaml.toString(), quick.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(yaml + ":4:").contains("unknown operator '<>'");
    Files.writeString(yaml, "assertions:\n  - \"qa.rejected_share <= 0.1\"\n  - assert: \"qa.kept_share >= 0.9\"\n    severity: fatal\n");
    CliHarness sev = gate("--config", yaml.toString(), quick.toString());
    assertThat(sev.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(sev.err()).contains(yaml + ":3:").contains("'fatal' is not one of: error, warn");
  }

  @Test
  void aRunFolderFromAnOlderContractIsAClearEvaluationError() throws IOException {
    Path old = dir.resolve("old");
    copy(quick.resolve("qa"), old.resolve("qa"));
    ObjectNode m = (ObjectNode) Json.MAPPER.readTree(old.resolve("qa/manifest.json").toFile());
    m.put("format_version", 0);
    ((ObjectNode) m.path("tool")).put("version", "0.0.9");
    Files.writeString(old.resolve("qa/manifest.json"), Json.MAPPER.writeValueAsString(m));
    CliHarness r = gate("--assert", "qa.rejected_share <= 0.1", old.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err()).contains("manifest format version 0, but this Assay reads version 1 (the run was written by assay 0.0.9");

    Path older = dir.resolve("older");
    copy(quick.resolve("qa"), older.resolve("qa"));
    Files.writeString(older.resolve("qa/report.json"),
        Files.readString(older.resolve("qa/report.json")).replace("\"records_in\"", "\"total\""));
    CliHarness r2 = gate("--json", "--assert", "qa.rejected_share <= 0.1", older.toString());
    assertThat(r2.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r2.err()).contains("report.json").contains("qa-report contract v1").contains("an older contract version?");
    GateResults g = RunFileKind.GATE_RESULTS.contract(GateResults.class).fromJson(Json.MAPPER.readTree(r2.out()), "stdout");
    assertThat(g.assertions().get(0).outcome()).isEqualTo(GateOutcome.ERROR);

    Path broken = dir.resolve("broken");
    copy(quick.resolve("judge"), broken.resolve("judge"));
    Files.writeString(broken.resolve("judge/manifest.json"), "{\"command\": \"judge\",");
    CliHarness r3 = gate("--assert", "judge.items >= 1", "--assert", "qa.rejected_share <= 0.1", broken.toString(), quick.resolve("qa").toString());
    assertThat(r3.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r3.err()).contains("ERROR  judge.items >= 1: " + broken.resolve("judge/manifest.json") + ": not valid JSON")
        .contains("PASS  qa.rejected_share <= 0.1");
  }

  static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var s = Files.list(from)) {
      for (Path f : s.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
