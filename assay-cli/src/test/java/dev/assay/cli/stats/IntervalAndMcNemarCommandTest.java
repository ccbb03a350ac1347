package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay stats interval} and {@code assay stats mcnemar}. References: statsmodels
 * statsmodels/stats/tests/results/results_proportion.py (R binom.confint, 18 of 20) and
 * statsmodels/stats/tests/test_nonparametric.py (test_mcnemar_exact, test_mcnemar_chisquare).
 */
class IntervalAndMcNemarCommandTest {

  @Test
  void wilson_resultsProportion() {
    JsonNode r =
        StatsRunner.json(
            new IntervalCommand(), "--method", "wilson", "--successes", "18", "--trials", "20");
    assertThat(r.get("lower").asDouble()).isCloseTo(0.6989663547715128, within(1e-9));
    assertThat(r.get("upper").asDouble()).isCloseTo(0.972133518786232, within(1e-9));
    assertThat(r.get("estimate").asDouble()).isEqualTo(0.9);
    assertThat(r.get("method").asString()).isEqualTo("wilson");
  }

  @Test
  void clopperPearson_resultsProportion() {
    JsonNode r =
        StatsRunner.json(
            new IntervalCommand(),
            "--method", "clopper-pearson", "--successes", "18", "--trials", "20",
            "--confidence", "0.95");
    assertThat(r.get("lower").asDouble()).isCloseTo(0.6830172859809176, within(1e-9));
    assertThat(r.get("upper").asDouble()).isCloseTo(0.9876514728297052, within(1e-9));
  }

  @Test
  void zeroTrials() {
    JsonNode r =
        StatsRunner.json(new IntervalCommand(), "--method", "wilson", "--successes", "0", "--trials", "0");
    assertThat(r.get("lower").asDouble()).isEqualTo(0.0);
    assertThat(r.get("upper").asDouble()).isEqualTo(1.0);
    assertThat(r.get("estimate").isNull()).isTrue();
  }

  @Test
  void intervalUsageErrors() {
    assertThat(
            StatsRunner.usageError(
                new IntervalCommand(), "--method", "wilson", "--successes", "5", "--trials", "4"))
        .hasMessageContaining("--successes: expected a count between 0 and --trials (4), found 5");
    assertThat(
            StatsRunner.usageError(
                new IntervalCommand(), "--method", "wald", "--successes", "1", "--trials", "4"))
        .hasMessageContaining("--method: expected wilson or clopper-pearson, found 'wald'");
    assertThat(
            StatsRunner.usageError(
                new IntervalCommand(),
                "--method", "wilson", "--successes", "1", "--trials", "4", "--confidence", "95"))
        .hasMessageContaining("--confidence");
  }

  @Test
  void mcnemarDefaultIsCorrectedChiSquare_testMcnemarChisquare() {
    JsonNode r = StatsRunner.json(new McNemarCommand(), "--table", "101,121,59,33");
    assertThat(r.get("statistic").asDouble()).isCloseTo(2.067222e01, within(2.1e-5));
    assertThat(r.get("p_value").asDouble()).isCloseTo(5.450095e-06, within(5.5e-12));
    assertThat(r.get("discordant").asInt()).isEqualTo(180);
    JsonNode u = StatsRunner.json(new McNemarCommand(), "--table", "101, 70, 59, 33", "--no-correction");
    assertThat(u.get("statistic").asDouble()).isCloseTo(0.9379845, within(1e-6));
    assertThat(u.get("p_value").asDouble()).isCloseTo(0.3327967, within(1e-6));
    assertThat(u.get("correction").asBoolean()).isFalse();
  }

  @Test
  void mcnemarExact_testMcnemarExact() {
    JsonNode r = StatsRunner.json(new McNemarCommand(), "--table", "101,30,60,33", "--exact");
    assertThat(r.get("statistic").asDouble()).isEqualTo(30.0);
    assertThat(r.get("p_value").asDouble()).isCloseTo(0.00206, within(5e-6));
    assertThat(r.get("method").asString()).isEqualTo("mcnemar-exact");
  }

  @Test
  void mcnemarWithoutDiscordantPairsIsNull() {
    JsonNode r = StatsRunner.json(new McNemarCommand(), "--table", "5,0,0,5");
    assertThat(r.get("statistic").isNull()).isTrue();
    assertThat(r.get("p_value").isNull()).isTrue();
  }

  @Test
  void mcnemarUsageErrors() {
    assertThat(StatsRunner.usageError(new McNemarCommand(), "--table", "1,2,3"))
        .hasMessageContaining("expected 4 comma-separated counts a,b,c,d, found 3");
    assertThat(StatsRunner.usageError(new McNemarCommand(), "--table", "1,x,3,4"))
        .hasMessage("--table: cell b: expected a whole number >= 0, found 'x'");
    assertThat(StatsRunner.usageError(new McNemarCommand(), "--table", "1,2,-3,4"))
        .hasMessage("--table: cell c: expected a whole number >= 0, found -3");
    StatsRunner.Result viaMain = StatsRunner.main("stats", "mcnemar", "--table", "1,2");
    assertThat(viaMain.exitCode()).isEqualTo(2);
  }
}
