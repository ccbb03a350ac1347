package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Reports;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report source on the real output of its command, run here on small data. */
class ReportSourcesTest {
  @TempDir Path dir;

  private static Chart chart(Report r, String id) {
    return blocks(r, Chart.class).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no chart " + id));
  }

  private static <T extends Block> List<T> blocks(Report r, Class<T> kind) {
    return r.sections().stream().flatMap(s -> s.blocks().stream()).filter(kind::isInstance).map(kind::cast).toList();
  }

  private static List<Object> column(Table t, int i) {
    return t.rows().stream().map(row -> row.get(i)).toList();
  }

  @Test
  void qaFunnelReasonsClustersAndPii() throws Exception {
    Report r = Reports.build(List.of(ReportRuns.qa(dir, "--no-report")));
    assertThat(r.title()).isEqualTo("Assay report: qa");
    Chart funnel = chart(r, "qa-funnel");
    assertThat(funnel.kind()).isEqualTo(Chart.Kind.FUNNEL);
    assertThat(column(funnel.data(), 0)).containsExactly("Records in", "After empty", "After exact_dedup", "Kept");
    assertThat(column(funnel.data(), 1)).containsExactly(40L, 39L, 34L, 34L);
    assertThat(column(chart(r, "qa-clusters-exact-dedup").data(), 0)).containsExactly("6 records");
    assertThat(column(chart(r, "qa-pii").data(), 0)).contains("email");
    assertThat(blocks(r, Table.class)).extracting(Table::name).contains("qa_checks");
    assertThat(r.summary().tested()).containsExactly("We checked 40 records with 3 QA checks (empty, pii, exact_dedup).");
    assertThat(r.summary().headlines()).first().isEqualTo("34 of 40 records (85%) passed QA and were kept; 6 were rejected and 0 quarantined.");
    assertThat(r.summary().caveats()).containsExactly("6 of 40 records (15%) were removed by QA: 5 by exact_dedup, 1 by empty.");
    assertThat(r.provenance()).singleElement().satisfies(p -> {
      assertThat(p.command()).isEqualTo("qa");
      assertThat(p.inputs()).singleElement().satisfies(i -> {
        assertThat(i.records()).isEqualTo(40);
        assertThat(i.sha256()).hasSize(64);
      });
      assertThat(p.components()).containsKeys("check empty", "check pii", "check exact_dedup");
      assertThat(p.toolVersion()).isNotBlank();
    });
  }

  @Test
  void judgeVerdictsPositionBiasAndProblems() throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start().reply(ReportRuns.JUDGE)) {
      Report r = Reports.build(List.of(ReportRuns.judge(dir, server, "--no-report")));
      Chart winners = chart(r, "judge-winners");
      assertThat(column(winners.data(), 0)).containsExactly("Preferred strong", "Preferred weak", "Tie", "No verdict");
      assertThat(column(winners.data(), 1)).containsExactly(26.0, 7.0, 6.0, 1.0);
      assertThat(blocks(r, Callout.class)).extracting(Callout::text).anySatisfy(t ->
          assertThat(t).isEqualTo("Position bias: the verdict changed when the answers were swapped on 6 of 39 pairs judged in both orders (15%);"
              + " those pairs count as ties."));
      assertThat(r.summary().tested()).containsExactly("We judged 40 answer pairs with the pairwise judge.");
      assertThat(r.summary().headlines()).containsExactly(
          "Of 39 judged pairs, strong was preferred on 26 (67%), weak on 7 (18%) and 6 (15%) were ties.",
          "strong beats weak: share of decisive prompts won 79% (95% CI 62-89%); preferred on 26 of 39 prompts, weak on 7, 6 ties (left out).");
      assertThat(r.summary().caveats()).containsExactly(
          "1 of 40 judgments (2.5%) had no readable verdict and do not count.",
          "The judge changed its verdict when the two answers were swapped on 15% of 39 pairs (position bias above 10%); those pairs count as ties.");
    }
  }

  @Test
  void leaderboardWinRatesRatingsLengthsAndHumans() throws Exception {
    Report r = Reports.build(List.of(ReportRuns.leaderboard(dir, "--no-report")));
    Chart wins = chart(r, "leaderboard-win-rates");
    assertThat(wins.kind()).isEqualTo(Chart.Kind.WIN_RATES);
    assertThat(column(wins.data(), 0)).containsExactly("strong", "mid", "weak");
    assertThat(chart(r, "leaderboard-ratings").kind()).isEqualTo(Chart.Kind.FOREST);
    assertThat(chart(r, "leaderboard-length").kind()).isEqualTo(Chart.Kind.SCATTER);
    Chart human = chart(r, "leaderboard-human");
    assertThat(human.kind()).isEqualTo(Chart.Kind.HEATMAP);
    assertThat(blocks(r, Callout.class)).extracting(Callout::text).anySatisfy(t -> assertThat(t).startsWith("Judge consistency over 180 pairs"));
    assertThat(r.summary().tested()).containsExactly("We ranked 4 models from 180 judged pairs against the baseline base.");
    assertThat(r.summary().headlines()).anySatisfy(h -> assertThat(h).startsWith("strong beats base: win rate "));
    assertThat(r.summary().headlines()).anySatisfy(h -> assertThat(h).startsWith("weak loses to base: win rate "));
    assertThat(r.summary().headlines()).anySatisfy(h -> assertThat(h).startsWith("The judge agrees with the human labels on "));
    assertThat(r.summary().notSignificant()).anySatisfy(h -> assertThat(h).startsWith("mid and base are not significantly different: mid's win rate "));
    assertThat(r.summary().caveats()).anySatisfy(c -> assertThat(c).startsWith("The judge changed its verdict when the two answers were swapped on"));
  }

  @Test
  void biasAucHeatMapFalsePositivesAndCounterfactuals() throws Exception {
    Report r = Reports.build(List.of(ReportRuns.bias(dir, "--no-report")));
    Chart auc = chart(r, "bias-auc");
    assertThat(auc.kind()).isEqualTo(Chart.Kind.HEATMAP);
    assertThat(column(chart(r, "bias-fpr").data(), 0)).containsExactly("muslim", "christian");
    assertThat(column(chart(r, "bias-counterfactual").data(), 0)).containsExactly("muslim", "christian");
    assertThat(r.summary().headlines()).anySatisfy(h -> assertThat(h).startsWith("The group treated worst is muslim: BPSN AUC "));
    assertThat(r.summary().caveats()).contains("Groups with fewer than 30 records: muslim (3), christian (3); their AUCs can change a lot with a few records.");
  }

  @Test
  void twoRunsOfOneCommandGetDistinctIds() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("one"));
    java.nio.file.Files.createDirectories(dir.resolve("two"));
    Path a = ReportRuns.bias(dir.resolve("one"), "--no-report");
    Path b = ReportRuns.bias(dir.resolve("two"), "--no-report");
    Report r = Reports.build(List.of(a, b));
    assertThat(r.title()).isEqualTo("Assay report: bias");
    assertThat(r.sections()).extracting(Section::id).containsExactly("bias", "bias-2");
    List<String> chartIds = blocks(r, Chart.class).stream().map(Chart::id).toList();
    assertThat(chartIds).doesNotHaveDuplicates().contains("bias-auc", "bias-auc-2");
    assertThat(blocks(r, Table.class)).extracting(Table::name).doesNotHaveDuplicates();
    assertThat(r.provenance()).hasSize(2);
  }

  @Test
  void mtBenchScoresAndCategoryRadar() throws Exception {
    Report r = Reports.build(List.of(ReportRuns.mtbench(dir, "--no-report")));
    assertThat(chart(r, "mtbench-scores").kind()).isEqualTo(Chart.Kind.FOREST);
    Chart radar = chart(r, "mtbench-categories");
    assertThat(radar.kind()).isEqualTo(Chart.Kind.RADAR);
    assertThat(r.summary().tested()).containsExactly("We scored 2 models on 80 MT-Bench questions.");
    assertThat(r.summary().headlines()).singleElement().asString().startsWith("model-x has the highest mean score, 7.50 of 10 (95% CI ");
    assertThat(r.summary().caveats()).containsExactly("2 answers had no usable grade and are not in the means.");
  }

  @Test
  void alpacaEvalWinRatesAgainstTheBaseline() throws Exception {
    Report r = Reports.build(List.of(ReportRuns.alpacaEval(dir, "--no-report")));
    assertThat(column(chart(r, "alpacaeval-win-rates").data(), 0)).containsExactly("gpt-3.5-turbo-0301", "phi-2");
    assertThat(chart(r, "alpacaeval-lc").kind()).isEqualTo(Chart.Kind.WIN_RATES);
    assertThat(chart(r, "alpacaeval-length").kind()).isEqualTo(Chart.Kind.SCATTER);
    assertThat(r.summary().tested()).containsExactly("We computed AlpacaEval win rates of 2 models on 805 instructions from the judge's annotations.");
    // published: phi-2 2.35 (SE 0.45) over 803 annotations, 3 draws
    assertThat(r.summary().headlines()).contains(
        "phi-2 loses to the baseline: preference-weighted win rate 2.4% (95% CI 1.5-3.2%); preferred on 15 of 803 instructions,"
            + " the baseline on 785, 3 ties (counted as half a win).",
        "phi-2 loses to the baseline: length-controlled win rate 3.1% over 803 instructions (95% CI 2.3-3.9%).");
  }

  @Test
  void driftPsiPerFeature() throws Exception {
    Path out = ReportRuns.drift(dir);
    assertThat(out.resolve("assay-report.html")).exists();
    assertThat(out.resolve("report.md")).exists(); // drift's own Markdown stays
    Report r = Reports.build(List.of(out));
    assertThat(column(chart(r, "drift-psi").data(), 0)).containsExactly("chars", "words");
    assertThat(r.summary().tested()).containsExactly("We compared 60 current records with 60 reference records on 2 features (significance level 0.01).");
    assertThat(r.summary().headlines()).first().asString().startsWith("chars shifted: mean 17.8 in the reference, 141.8 now (p < 0.001, PSI ");
  }

  @Test
  void rewardTrainingCurvesAndTestEvaluation() throws Exception {
    Path model = java.nio.file.Files.createDirectories(dir.resolve("rm"));
    for (String f : List.of("manifest.json", "metrics.json")) {
      try (var in = getClass().getClassLoader().getResourceAsStream("dev/assay/models/reward/default/" + f)) {
        java.nio.file.Files.copy(in, model.resolve(f));
      }
    }
    Report r = Reports.build(List.of(model));
    assertThat(r.title()).isEqualTo("Assay report: reward train");
    assertThat(chart(r, "reward-train-loss").kind()).isEqualTo(Chart.Kind.LINE);
    assertThat(chart(r, "reward-reliability").kind()).isEqualTo(Chart.Kind.RELIABILITY);
    assertThat(r.summary().tested()).singleElement().asString().startsWith("We trained the reward model rm on ");
    assertThat(r.summary().headlines()).anySatisfy(h -> assertThat(h).startsWith("The reward model rm picks the preferred answer in ").endsWith("better than chance."));
  }

  @Test
  void judgeGradingRunsShowScoreDistributions() throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start().reply(req -> dev.assay.testkit.llm.FakeReply.text(
        req.lastUserText().contains("careful") ? "Rating: [[8]]" : req.lastUserText().contains("sloppy") ? "Rating: [[3]]" : "Rating: [[9]]"))) {
      Path yaml = dir.resolve("judge.yaml");
      java.nio.file.Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-judge\nmax_retries: 1\n");
      List<String> lines = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String model = i % 2 == 0 ? "careful-model" : "sloppy-model";
        String answer = (i % 2 == 0 ? "A careful answer " : "A sloppy answer ") + (i % 4 == 0 ? "truly" : "") + i;
        lines.add(dev.assay.core.io.Json.MAPPER.writeValueAsString(java.util.Map.of("id", "s" + i, "instruction", "Question " + i, "output", answer,
            "model", model)));
      }
      Path in = dir.resolve("answers.jsonl");
      java.nio.file.Files.write(in, lines);
      Path out = dir.resolve("graded");
      CliHarness r = CliHarness.run("judge", "--mode", "single", "--model-config", yaml.toString(), "--out", out.toString(), "--quiet", in.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(out.resolve("assay-report.html")).exists();
      Report report = Reports.build(List.of(out));
      assertThat(chart(report, "judge-scores").kind()).isEqualTo(Chart.Kind.SCORE_DISTRIBUTION);
      assertThat(report.summary().tested()).containsExactly("We graded 40 answers with the single judge.");
      assertThat(report.summary().headlines()).containsExactly(
          "careful-model has the highest mean score, 8.00 (95% CI 8.00-8.00), 5.00 points above sloppy-model (95% CI of the difference 5.00-5.00).");
      assertThat(report.summary().caveats()).containsExactly(
          "Only 20 graded answers for careful-model's mean score: with fewer than 30 the interval is wide, so treat the result as a rough indication.",
          "Only 20 graded answers for sloppy-model's mean score: with fewer than 30 the interval is wide, so treat the result as a rough indication.");
    }
  }

  @Test
  void aRealRewardTrainingRunWritesItsReport() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    String[] topics = {"bread", "tides", "rainbows", "volcanoes", "chess", "bees", "glaciers", "compilers", "magnets", "coffee"};
    for (int i = 0; i < topics.length; i++) {
      lines.add("{\"id\": \"q" + i + "\", \"prompt\": \"Explain " + topics[i] + " briefly.\", \"chosen\": \"A short explanation of "
          + topics[i] + " in a sentence or two.\", \"rejected\": \"No.\"}");
    }
    Path pairs = dir.resolve("pairs.jsonl");
    java.nio.file.Files.write(pairs, lines);
    Path model = dir.resolve("rm");
    CliHarness r = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", model.toString(), "--epochs", "3",
        "--validation-fraction", "0.3", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(model.resolve("assay-report.html")).exists();
    Report report = Reports.build(List.of(model));
    assertThat(chart(report, "reward-train-loss").data().rows()).isNotEmpty().hasSizeLessThanOrEqualTo(3); // at most --epochs
    assertThat(report.summary().tested()).singleElement().asString().startsWith("We trained the reward model rm on ");
  }
}
