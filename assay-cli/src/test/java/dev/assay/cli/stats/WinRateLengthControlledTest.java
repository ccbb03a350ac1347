package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.cli.UsageError;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay stats winrate --length-controlled}. */
class WinRateLengthControlledTest {
  @TempDir Path dir;

  private static Path alpaca() {
    return SharedData.path("alpaca_eval");
  }

  /**
   * Source: AlpacaEval leaderboard, wizardlm-13b length_controlled_winrate = 9.828. Difficulties
   * estimated from the 14 annotation files in shared/data (no published number used): measured
   * 10.17 (+0.34); tolerance 3 points, the worst case of that path over 11 models
   * (docs/stats-fidelity.md).
   */
  @Test
  void estimatesDifficultiesFromReferenceAnnotations() {
    Path a = alpaca();
    JsonNode out =
        StatsCli.run(
            new WinRateCommand(),
            a.resolve("annotations/wizardlm-13b.json.gz").toString(),
            "--length-controlled",
            "--reference-annotations",
            a.resolve("annotations").toString());
    assertThat(out.get("win_rate").asDouble()).isCloseTo(5.878152589354039, within(1e-12));
    assertThat(out.get("length_controlled_winrate").asDouble()).isCloseTo(9.828, within(3.0));
    assertThat(out.get("lc_glm").asString()).isEqualTo("length_controlled_noreg");
    assertThat(out.get("lc_difficulty").asString()).isEqualTo("estimated");
    assertThat(out.get("lc_standard_error").asDouble()).isBetween(0.1, 1.5);
    assertThat(out.get("lc_weights").get("np.tanh(std_delta_len)").asDouble()).isNegative();
    assertThat(out.get("lc_c").asDouble()).isPositive();
  }

  /** Without any difficulty: AlpacaEval's length_controlled_minimal GLM, still a number. */
  @Test
  void withoutDifficultyFallsBackToTheMinimalGlm() {
    Path a = alpaca();
    JsonNode out =
        StatsCli.run(new WinRateCommand(), a.resolve("annotations/wizardlm-13b.json.gz").toString(), "--length-controlled");
    assertThat(out.get("lc_glm").asString()).isEqualTo("length_controlled_minimal");
    assertThat(out.get("lc_difficulty").asString()).isEqualTo("none");
    assertThat(out.get("lc_weights").get("instruction_difficulty").asDouble()).isZero();
    double lc = out.get("length_controlled_winrate").asDouble();
    assertThat(lc).isGreaterThan(out.get("win_rate").asDouble()); // wizardlm's outputs are shorter
    assertThat(out.has("n_wins")).isTrue();
  }

  /** Source: AlpacaEval glm_winrate: the baseline against itself is 50 by construction. */
  @Test
  void baselineAgainstItselfIsFifty() {
    JsonNode out =
        StatsCli.run(
            new WinRateCommand(), alpaca().resolve("annotations/gpt4_1106_preview.json.gz").toString(), "--length-controlled");
    assertThat(out.get("length_controlled_winrate").asDouble()).isEqualTo(50.0);
    assertThat(out.get("lc_standard_error").asDouble()).isZero();
  }

  /** A difficulty CSV by instruction text and by AlpacaEval's row index give the same result. */
  @Test
  void difficultyFileByInstructionOrIndex() throws IOException {
    StringBuilder json = new StringBuilder("[");
    StringBuilder byText = new StringBuilder("instruction,difficulty\n");
    StringBuilder byIndex = new StringBuilder("index,instruction_difficulty\n");
    for (int i = 0; i < 40; i++) {
      double pref = i % 3 == 0 ? 2.0 : (i % 3 == 1 ? 1.0 : 1.5);
      json.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"instruction\":\"q%d\",\"output_1\":\"%s\",\"output_2\":\"%s\",\"preference\":%s,"
                      + "\"generator_1\":\"base\",\"generator_2\":\"m\"}",
                  i, "x".repeat(20 + i), "y".repeat(10 + 2 * (i % 7) * i % 50), pref));
      byText.append("q").append(i).append(',').append((i % 5) / 4.0 - 0.5).append('\n');
      byIndex.append(i).append(',').append((i % 5) / 4.0 - 0.5).append('\n');
    }
    Path f = dir.resolve("a.json");
    Files.writeString(f, json.append("]").toString());
    Path text = dir.resolve("text.csv");
    Files.writeString(text, byText);
    Path index = dir.resolve("index.csv");
    Files.writeString(index, byIndex);
    JsonNode a = StatsCli.run(new WinRateCommand(), f.toString(), "--length-controlled", "--difficulty", text.toString());
    JsonNode b = StatsCli.run(new WinRateCommand(), f.toString(), "--length-controlled", "--difficulty", index.toString());
    assertThat(a.get("lc_difficulty").asString()).isEqualTo("file");
    assertThat(a.get("length_controlled_winrate").asDouble())
        .isCloseTo(b.get("length_controlled_winrate").asDouble(), within(1e-12));
    Files.writeString(text, "instruction,difficulty\nq0,0.1\n");
    assertThatThrownBy(() -> StatsCli.run(new WinRateCommand(), f.toString(), "--length-controlled", "--difficulty", text.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("instruction 2 has no difficulty");
  }

  @Test
  void optionsNeedLengthControlled() throws IOException {
    Path f = dir.resolve("a.json");
    Files.writeString(f, "[{\"preference\": 2.0, \"output_2\": \"a\"}]");
    assertThatThrownBy(() -> StatsCli.run(new WinRateCommand(), f.toString(), "--difficulty", "d.csv"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("need --length-controlled");
    assertThatThrownBy(() -> StatsCli.run(new WinRateCommand(), f.toString(), "--length-controlled"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("instruction: expected a string");
  }
}
