package dev.assay.stats.rating;

import dev.assay.testkit.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class AlpacaWinRateTest {

  /**
   * Source: AlpacaEval's published leaderboard
   * (src/alpaca_eval/leaderboards/data_AlpacaEval_2/weighted_alpaca_eval_gpt4_turbo_leaderboard.csv)
   * against the annotations of the same repository, for every model whose annotations are in
   * shared/data.
   */
  @Test
  void reproducesPublishedLeaderboardForEveryAnnotatedModel() throws IOException {
    Path data = SharedData.require();
    Map<String, String[]> board = leaderboard(data.resolve("alpaca_eval/leaderboard_weighted_alpaca_eval_gpt4_turbo.csv"));
    List<Path> files;
    try (Stream<Path> s = Files.list(data.resolve("alpaca_eval/annotations"))) {
      files = s.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
    }
    // shared/data holds 45 models (14 first, 31 added later); every one with a leaderboard row is compared.
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    double maxDiff = 0;
    int compared = 0;
    for (Path f : files) {
      String model = f.getFileName().toString().replace(".json.gz", "");
      String[] row = board.get(model);
      if (model.equals("text_davinci_003")) {
        assertThat(row).as("text_davinci_003 has annotations but no leaderboard row").isNull();
        continue;
      }
      assertThat(row).as(model).isNotNull();
      compared++;
      // Some files (NullModel, vicuna-13b-v1.5-togetherai) store preferences rounded to 10 decimals;
      // pandas on NullModel's file is 1.384e-10 off the published win_rate (and 2.0e-12 off
      // standard_error), so the CSV's effective precision there is 1e-9. Every other model matches
      // to rounding error.
      boolean coarse = dev.assay.testkit.AlpacaEvalModels.storesTenDecimals(f);
      double tol = coarse ? 1e-9 : 1e-12;
      WinRateResult r = AlpacaWinRate.compute(preferences(f));
      // columns: win_rate, standard_error, n_wins, n_wins_base, n_draws, n_total, discrete_win_rate
      assertThat(r.nWins()).as(model).isEqualTo(Long.parseLong(row[3]));
      assertThat(r.nWinsBase()).as(model).isEqualTo(Long.parseLong(row[4]));
      assertThat(r.nDraws()).as(model).isEqualTo(Long.parseLong(row[5]));
      assertThat(r.nTotal()).as(model).isEqualTo(Long.parseLong(row[6]));
      assertThat(r.winRate()).as(model).isCloseTo(Double.parseDouble(row[1]), within(tol));
      assertThat(r.standardError()).as(model).isCloseTo(Double.parseDouble(row[2]), within(tol));
      assertThat(r.discreteWinRate()).as(model).isCloseTo(Double.parseDouble(row[7]), within(tol));
      if (!coarse) {
        maxDiff = Math.max(maxDiff, Math.abs(r.winRate() - Double.parseDouble(row[1])));
      }
    }
    assertThat(compared).isEqualTo(files.size() - 1);
    assertThat(maxDiff).isLessThan(1e-12);
  }

  /** Source: AlpacaEval helpers.py conventions (0 and 1.5 are draws, NaN dropped); numbers by hand. */
  @Test
  void appliesDrawAndMissingConventions() {
    WinRateResult r = AlpacaWinRate.compute(new double[] {2.0, 1.0, 0.0, 1.5, Double.NaN, 1.8, 3.0});
    // valid: 2, 1, 1.5 (from 0), 1.5, 1.8 -> x = 1, 0, .5, .5, .8 ; mean .56
    assertThat(r.nTotal()).isEqualTo(5);
    assertThat(r.nDraws()).isEqualTo(2);
    assertThat(r.nWins()).isEqualTo(2);
    assertThat(r.nWinsBase()).isEqualTo(1);
    assertThat(r.winRate()).isCloseTo(56.0, within(1e-12));
    // sample sd of (1,0,.5,.5,.8): var = (.1936+.3136+.0036+.0036+.0576)/4 = .143
    assertThat(r.standardError()).isCloseTo(Math.sqrt(0.143 / 5) * 100, within(1e-12));
    // discrete: 2, 1, 1.5, 1.5, 2 -> 1, 0, .5, .5, 1 -> 60%
    assertThat(r.discreteWinRate()).isCloseTo(60.0, within(1e-12));
  }

  /** Source: AlpacaEval leaderboard row gpt4_1106_preview (baseline against itself: all 805 draws). */
  @Test
  void baselineAgainstItselfIsFiftyPercentAllDraws() {
    double[] p = new double[805];
    java.util.Arrays.fill(p, 1.5);
    WinRateResult r = AlpacaWinRate.compute(p);
    assertThat(r.winRate()).isEqualTo(50.0);
    assertThat(r.standardError()).isEqualTo(0.0);
    assertThat(r.nDraws()).isEqualTo(805);
    assertThat(r.nWins()).isZero();
    assertThat(r.discreteWinRate()).isEqualTo(50.0);
  }

  @Test
  void averageLengthCountsCodePointsAndTruncates() {
    // Python: int((len("ab") + len("abcd") + len("\U0001F600")) / 3) == int(7/3) == 2
    assertThat(AlpacaWinRate.averageLength(List.of("ab", "abcd", "\uD83D\uDE00"))).isEqualTo(2);
  }

  @Test
  void rejectsEmptyInput() {
    assertThatThrownBy(() -> AlpacaWinRate.compute(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preferences");
    assertThatThrownBy(() -> AlpacaWinRate.compute(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 2]");
  }

  private static final Pattern PREF = Pattern.compile("(?<!\\\\)\"preference\"\\s*:\\s*([^,}\\s]+)");

  static double[] preferences(Path gz) throws IOException {
    String text;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Double> out = new ArrayList<>();
    Matcher m = PREF.matcher(text);
    while (m.find()) {
      String v = m.group(1);
      out.add(v.equals("null") ? Double.NaN : Double.parseDouble(v));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static Map<String, String[]> leaderboard(Path csv) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    for (String line : Files.readAllLines(csv)) {
      String[] cells = line.split(",", -1);
      rows.putIfAbsent(cells[0], cells);
    }
    return rows;
  }
}
