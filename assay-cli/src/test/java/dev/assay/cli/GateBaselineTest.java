package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.RunFileKind;
import dev.assay.testkit.llm.FakeLlmServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baseline comparisons of {@code assay gate} on real judge runs with known outcomes: the same 40
 * items judged (by a fake judge that prefers the answer marked GOOD) for a baseline where the
 * candidate wins 36, a planted regression where it wins 16, and a non-regression where it wins 35.
 * The regression fails with McNemar's exact test / the paired bootstrap and Holm named in the
 * message; the non-regression falls short of the point threshold but is not significant, so it passes.
 */
class GateBaselineTest {
  @TempDir static Path dir;
  static FakeLlmServer server;
  static Path base;
  static Path regressed;
  static Path noise;

  @BeforeAll
  static void runs() throws IOException {
    server = FakeLlmServer.start().reply(ReportRuns.JUDGE);
    base = judge("base", 36);
    regressed = judge("regressed", 16);
    noise = judge("noise", 35);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A judge run folder named judge under {@code name}: the candidate wins the first {@code wins} of 40 items. */
  static Path judge(String name, int wins) throws IOException {
    Path root = Files.createDirectories(dir.resolve(name));
    Path yaml = root.resolve("judge.yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-judge\n"
        + "max_retries: 1\nbackoff_initial: 10ms\nbackoff_max: 20ms\ntimeout: 5s\n");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean win = i < wins;
      lines.add(Json.MAPPER.writeValueAsString(Map.of("id", "q" + i, "instruction", "Question " + i,
          "output_a", (win ? "GOOD " : "BAD ") + "answer " + i, "output_b", (win ? "BAD " : "GOOD ") + "reference " + i,
          "model_a", "candidate", "model_b", "reference")));
    }
    Path in = root.resolve("pairs.jsonl");
    Files.write(in, lines);
    Path out = root.resolve("judge");
    CliHarness r = CliHarness.run("judge", "--model-config", yaml.toString(), "--out", out.toString(), "--quiet", "--no-report", in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  private static GateResults gate(int expectedExit, Path run, String... asserts) throws IOException {
    List<String> a = new ArrayList<>(List.of("gate", "--json", "--baseline", base.toString()));
    for (String s : asserts) {
      a.add("--assert");
      a.add(s);
    }
    a.add(run.toString());
    CliHarness r = CliHarness.run(a.toArray(String[]::new));
    assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(expectedExit);
    return RunFileKind.GATE_RESULTS.contract(GateResults.class).fromJson(Json.MAPPER.readTree(r.out()), "stdout");
  }

  @Test
  void thePlantedRegressionFailsByMcNemarWithHolm() throws IOException {
    GateResults g = gate(1, regressed, "judge.win_rate >= baseline");
    GateResults.Assertion a = g.assertions().get(0);
    assertThat(a.outcome()).isEqualTo(GateOutcome.FAIL);
    assertThat(a.actual()).isEqualTo(0.4);
    assertThat(a.threshold()).isEqualTo(0.9);
    assertThat(a.baseline().value()).isEqualTo(0.9);
    assertThat(a.baseline().test()).isEqualTo("mcnemar-exact");
    assertThat(a.baseline().items()).isEqualTo(40);
    // 20 items only the baseline won, none only the candidate: p = 2 * 0.5^20
    assertThat(a.baseline().pValue()).isCloseTo(2 * Math.pow(0.5, 20), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(a.message()).contains("a significant regression, mcnemar-exact on 40 matched items").contains("Holm-adjusted p")
        .contains("(Holm over 1 tested assertion)");
    assertThat(g.regression().correction()).isEqualTo("holm");
    assertThat(g.regression().tested()).isEqualTo(1);
  }

  @Test
  void aMarginUsesThePairedBootstrapAndStillCatchesTheRegression() throws IOException {
    GateResults g = gate(1, regressed, "judge.win_rate >= baseline - 0.02", "judge.models[candidate].win_rate >= baseline - 0.05");
    for (GateResults.Assertion a : g.assertions()) {
      assertThat(a.outcome()).isEqualTo(GateOutcome.FAIL);
      assertThat(a.baseline().test()).isEqualTo("paired-bootstrap");
      assertThat(a.baseline().pAdjusted()).isGreaterThanOrEqualTo(a.baseline().pValue()).isLessThan(0.05);
      assertThat(a.message()).contains("paired-bootstrap on 40 matched items").contains("(Holm over 2 tested assertions)");
    }
    assertThat(g.assertions().get(0).baseline().margin()).isEqualTo(-0.02);
    assertThat(g.assertions().get(0).threshold()).isCloseTo(0.88, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aShortfallThatIsNotSignificantPasses() throws IOException {
    GateResults g = gate(0, noise, "judge.win_rate >= baseline - 0.02", "judge.win_rate >= baseline");
    for (GateResults.Assertion a : g.assertions()) {
      assertThat(a.outcome()).isEqualTo(GateOutcome.PASS);
      assertThat(a.actual()).isEqualTo(0.875);
      assertThat(a.message()).contains("0.875 < ").contains("but the shortfall is not significant");
    }
    assertThat(g.assertions().get(1).baseline().test()).isEqualTo("mcnemar-exact");
    assertThat(g.assertions().get(1).baseline().pValue()).isEqualTo(1.0);
  }

  @Test
  void theSameRunAgainstItselfPassesAndAFieldWithoutItemsComparesValuesOnly() throws IOException {
    GateResults same = gate(0, base, "judge.win_rate >= baseline");
    assertThat(same.assertions().get(0).message()).startsWith("0.9 >= 0.9 (baseline 0.9)");
    GateResults values = gate(0, regressed, "judge.judged >= baseline");
    assertThat(values.outcome()).isEqualTo(GateOutcome.PASS);
    GateResults dropped = gate(1, regressed, "judge.tie_rate <= baseline - 0.1");
    assertThat(dropped.assertions().get(0).message()).contains("no per-item values for this field: compared the values only");
    assertThat(dropped.assertions().get(0).baseline().test()).isNull();
  }
}
