package dev.assay.eval.benchmark.alpacaeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.stats.rating.GlmWeights;
import dev.assay.testkit.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproduced leaderboard against AlpacaEval's published one, for every model whose annotations
 * are in shared/data/alpaca_eval. Sources (tatsu-lab/alpaca_eval, Apache-2.0): {@code
 * src/alpaca_eval/leaderboards/data_AlpacaEval_2/weighted_alpaca_eval_gpt4_turbo_leaderboard.csv},
 * {@code src/alpaca_eval/metrics/weights/weighted_alpaca_eval_gpt4_turbo/length_controlled_v1/baseline_gpt4_1106_preview.csv}
 * and {@code results/<model>/weighted_alpaca_eval_gpt4_turbo/annotations.json}. Tolerances and
 * the reasons for each deviation are in docs/stats-fidelity.md ("AlpacaEval leaderboard").
 *
 * <p>The calibrated comparisons run on the 14 models shared/data first held ({@link
 * dev.assay.testkit.AlpacaEvalModels#ORIGINAL}); {@link #everyOneOfTheFortyFiveModelsMatchesCountsRatesAndLengths}
 * checks the exact columns for all 45.
 */
class AlpacaEvalLeaderboardFidelityTest {
  static AlpacaEvalResult result;
  static LeaderboardComparison comparison;
  static Map<String, PublishedLeaderboard.Row> board;
  @TempDir static Path tmp;

  @BeforeAll
  static void reproduce() {
    Path dir = SharedData.path("alpaca_eval");
    List<AnnotationSet> sets = AnnotationReader.readAll(List.of(dev.assay.testkit.AlpacaEvalModels.originalAnnotations(tmp)));
    Map<String, GlmWeights> weights = PublishedLeaderboard.readWeights(dir.resolve("lc_weights_baseline_gpt4_1106_preview.csv"));
    board = PublishedLeaderboard.read(dir.resolve("leaderboard_weighted_alpaca_eval_gpt4_turbo.csv"));
    result = AlpacaEvalLeaderboard.compute(sets, weights, AlpacaEvalLeaderboard.Options.defaults());
    comparison = LeaderboardComparison.of(result, board);
    for (String col : LeaderboardComparison.COLUMNS) {
      System.out.printf("%-26s max |diff| %.3g (%s)%n", col, comparison.maxAbsDifference().get(col), comparison.worstModel().get(col));
    }
  }

  @Test
  void everyModelIsComparedOrAccountedFor() {
    assertThat(result.entries()).hasSize(14);
    assertThat(comparison.compared()).hasSize(13);
    assertThat(comparison.unpublished()).containsExactly("text_davinci_003");
    assertThat(result.difficultySource()).isEqualTo("published_weights");
    assertThat(result.difficultyModels()).hasSize(12);
  }

  /** Counts exact; rates to 1e-12 (NullModel 1e-9: its file stores preferences to 10 decimals). */
  @Test
  void headToHeadColumnsMatchExactly() {
    for (String col : List.of("n_wins", "n_wins_base", "n_draws", "n_total")) {
      assertThat(comparison.maxAbsDifference().get(col)).as(col).isZero();
      assertThat(comparison.column(col)).as(col).hasSize(13);
    }
    for (String col : List.of("win_rate", "standard_error", "discrete_win_rate")) {
      for (LeaderboardComparison.Deviation d : comparison.column(col)) {
        double tol = d.model().equals("NullModel") ? 1e-9 : 1e-12;
        assertThat(d.ours()).as(d.model() + " " + col).isCloseTo(d.published(), within(tol));
      }
    }
  }

  /**
   * avg_length: exact except phi-2, whose annotations hold 803 of the 805 instructions; AlpacaEval
   * averages model_outputs.json (all 805): 628 from the annotations, 626 published.
   */
  @Test
  void averageLengthMatchesExceptWhereAnnotationsAreMissing() {
    for (LeaderboardComparison.Deviation d : comparison.column("avg_length")) {
      if (d.model().equals("phi-2")) {
        assertThat(d.ours()).isEqualTo(628);
        assertThat(d.published()).isEqualTo(626);
      } else {
        assertThat(d.difference()).as(d.model()).isZero();
      }
    }
  }

  /**
   * LC from the published weights with difficulties estimated from the 12 weighted models: measured
   * max 0.43 points (Mixtral-8x7B-Instruct-v0.1_concise); tolerance 0.75. NullModel's lc_standard_error
   * (the only one published for these models, 0.1418): 0.129, tolerance 0.03. The baseline: 50.
   */
  @Test
  void lengthControlledFromPublishedWeights() {
    assertThat(comparison.column("length_controlled_winrate")).hasSize(13);
    assertThat(comparison.maxAbsDifference().get("length_controlled_winrate")).isLessThan(0.75);
    assertThat(comparison.get("NullModel", "lc_standard_error").ours()).isCloseTo(0.1418, within(0.03));
    LeaderboardEntry base = entry("gpt4_1106_preview");
    assertThat(base.lengthControlledWinRate()).isEqualTo(50.0);
    assertThat(base.lcMethod()).isEqualTo("baseline");
  }

  /**
   * Our own GLM fit on the same difficulties (no gamed-baseline rows: AlpacaEval's verbose/concise
   * baseline annotations are not in the data): measured max 2.59 points over the 11 models other
   * than gpt4_gamed; tolerance 3.0. gpt4_gamed (68-character answers) is what the missing
   * regularisation exists for: 27.4 against 12.2, asserted as the known limitation.
   */
  @Test
  void lengthControlledFromOurOwnFit() {
    double max = 0;
    for (LeaderboardComparison.Deviation d : comparison.column("lc_fitted_winrate")) {
      if (d.model().equals("gpt4_gamed")) {
        assertThat(d.difference()).isGreaterThan(10);
      } else if (!d.model().equals("gpt4_1106_preview")) {
        max = Math.max(max, Math.abs(d.difference()));
      }
    }
    assertThat(max).isLessThan(3.0);
    LeaderboardEntry davinci = entry("text_davinci_003");
    assertThat(davinci.lcMethod()).isEqualTo("fitted");
    assertThat(davinci.lengthControlledWinRate()).isBetween(0.0, 100.0);
    assertThat(davinci.lcGlm()).isEqualTo("length_controlled_noreg");
  }

  /**
   * Every annotation file in shared/data (45 models): counts exact, rates to 1e-12 (1e-9 for files
   * storing preferences to 10 decimals), avg_length exact wherever the file holds all 805
   * instructions (AlpacaEval averages model_outputs.json; a file missing rows cannot match).
   */
  @Test
  void everyOneOfTheFortyFiveModelsMatchesCountsRatesAndLengths() {
    Path dir = SharedData.path("alpaca_eval");
    List<AnnotationSet> sets = AnnotationReader.readAll(List.of(dir.resolve("annotations")));
    assertThat(sets).hasSizeGreaterThanOrEqualTo(45);
    AlpacaEvalResult all = AlpacaEvalLeaderboard.compute(sets, Map.of(), AlpacaEvalLeaderboard.Options.defaults());
    LeaderboardComparison c = LeaderboardComparison.of(all, board);
    assertThat(c.unpublished()).containsExactly("text_davinci_003");
    assertThat(c.compared()).hasSize(sets.size() - 1);
    for (String col : List.of("n_wins", "n_wins_base", "n_draws", "n_total")) {
      assertThat(c.maxAbsDifference().get(col)).as(col).isZero();
    }
    for (String col : List.of("win_rate", "standard_error", "discrete_win_rate")) {
      for (LeaderboardComparison.Deviation d : c.column(col)) {
        double tol = dev.assay.testkit.AlpacaEvalModels.storesTenDecimals(
            dev.assay.testkit.AlpacaEvalModels.file(d.model())) ? 1e-9 : 1e-12;
        assertThat(d.ours()).as(d.model() + " " + col).isCloseTo(d.published(), within(tol));
      }
    }
    int lengthsCompared = 0;
    for (LeaderboardComparison.Deviation d : c.column("avg_length")) {
      LeaderboardEntry e = all.entries().stream().filter(x -> x.model().equals(d.model())).findFirst().orElseThrow();
      if (e.annotations() == 805) {
        assertThat(d.difference()).as(d.model()).isZero();
        lengthsCompared++;
      }
    }
    assertThat(lengthsCompared).isGreaterThanOrEqualTo(40);
  }

  static LeaderboardEntry entry(String model) {
    return result.entries().stream().filter(e -> e.model().equals(model)).findFirst().orElseThrow();
  }
}
