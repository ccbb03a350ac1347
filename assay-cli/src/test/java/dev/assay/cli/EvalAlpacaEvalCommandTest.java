package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay eval alpacaeval} on AlpacaEval's annotations, published leaderboard and GLM weights
 * (shared/data/alpaca_eval, from tatsu-lab/alpaca_eval); the column-by-column fidelity is asserted
 * in assay-eval's AlpacaEvalLeaderboardFidelityTest.
 */
class EvalAlpacaEvalCommandTest {
  @TempDir Path dir;

  @Test
  void writesLeaderboardCsvJsonAndManifest() throws IOException {
    Path data = SharedData.path("alpaca_eval");
    Path out = dir.resolve("out");
    CliHarness r =
        CliHarness.run(
            // the 14 models of the calibrated LC tolerance (docs/stats-fidelity.md); shared/data holds 45
            "eval", "alpacaeval", "--annotations", dev.assay.testkit.AlpacaEvalModels.originalAnnotations(dir).toString(),
            "--weights", data.resolve("lc_weights_baseline_gpt4_1106_preview.csv").toString(),
            "--leaderboard", data.resolve("leaderboard_weighted_alpaca_eval_gpt4_turbo.csv").toString(),
            "--out", out.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode summary = Json.MAPPER.readTree(r.out());
    assertThat(summary.get("models").asInt()).isEqualTo(14);
    assertThat(summary.get("compared").asInt()).isEqualTo(13);
    assertThat(summary.at("/max_abs_difference/n_wins").asDouble()).isZero();
    assertThat(summary.at("/max_abs_difference/win_rate").asDouble()).isLessThan(1e-9);
    assertThat(summary.at("/max_abs_difference/length_controlled_winrate").asDouble()).isLessThan(0.75);

    List<String> csv = Files.readAllLines(out.resolve("leaderboard.csv"));
    assertThat(csv).hasSize(15);
    assertThat(csv.get(0)).startsWith("model,win_rate,standard_error,n_wins,n_wins_base,n_draws,n_total,discrete_win_rate,avg_length");
    JsonNode board = Json.MAPPER.readTree(out.resolve("leaderboard.json").toFile());
    assertThat(board.get("leaderboard")).hasSize(14);
    assertThat(board.at("/comparison/unpublished/0").asString()).isEqualTo("text_davinci_003");
    JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("command").asString()).isEqualTo("eval alpacaeval");
    assertThat(manifest.get("inputs")).hasSize(16);
    assertThat(manifest.at("/counts/annotations_in").asLong()).isEqualTo(805 * 13 + 803);
    assertThat(manifest.at("/counts/annotations_counted").asLong() + manifest.at("/counts/annotations_dropped").asLong())
        .isEqualTo(manifest.at("/counts/annotations_in").asLong());
  }

  @Test
  void badInputNamesFileAndLine() throws IOException {
    Path f = dir.resolve("m.json");
    Files.writeString(f, "[{\"instruction\": \"a\", \"output_1\": \"x\", \"output_2\": 3, \"preference\": 2}]");
    CliHarness r = CliHarness.run("eval", "alpacaeval", "--annotations", f.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(f + ":1").contains("output_2: expected a string");
  }
}
