package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay leaderboard} on judgment logs in {@code assay judge}'s output shape. */
class LeaderboardCommandTest {
  @TempDir Path dir;

  /** Writes pairs of three models against "base" with both-order verdicts, lengths and human labels. */
  private Path log(boolean unjudged) throws IOException {
    SplittableRandom rnd = new SplittableRandom(3);
    List<String> lines = new ArrayList<>();
    String[] models = {"strong", "mid", "weak"};
    double[] p = {0.75, 0.5, 0.2};
    for (int m = 0; m < 3; m++) {
      for (int i = 0; i < 40; i++) {
        boolean win = rnd.nextDouble() < p[m];
        String ab = win ? "a" : "b";
        String baPresented = rnd.nextDouble() < 0.2 ? ab : (win ? "b" : "a"); // 20% position-biased
        String winner = ab.equals(baPresented) ? "tie" : ab;
        String human = rnd.nextDouble() < 0.8 ? (win ? "a" : "b") : "tie";
        lines.add(String.format(
            "{\"id\": \"q%d\", \"model_a\": \"%s\", \"model_b\": \"base\", \"winner\": \"%s\", \"human\": \"%s\","
                + " \"order_ab\": {\"verdict\": \"%s\"}, \"order_ba\": {\"verdict\": \"%s\"}, \"length_a\": %d, \"length_b\": %d}",
            i, models[m], winner, human, ab, baPresented, 300 + rnd.nextInt(900), 300 + rnd.nextInt(900)));
      }
    }
    if (unjudged) {
      lines.add("{\"id\": \"q99\", \"model_a\": \"weak\", \"model_b\": \"base\", \"winner\": null, \"status\": \"error\"}");
    }
    Path f = dir.resolve(unjudged ? "judgments-with-error.jsonl" : "judgments.jsonl");
    Files.write(f, lines);
    return f;
  }

  @Test
  void ranksModelsAndMeasuresTheJudge() throws IOException {
    Path out = dir.resolve("board");
    CliHarness r = CliHarness.run("leaderboard", "--bootstrap", "200", "--out", out.toString(), "--json", log(false).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("baseline").asString()).isEqualTo("base");
    assertThat(s.get("rows").asInt()).isEqualTo(120);
    assertThat(s.at("/models/0/model").asString()).isEqualTo("strong");
    assertThat(s.at("/models/0/vs_baseline/win_rate").asDouble()).isGreaterThan(50);
    assertThat(s.at("/models/0/vs_baseline/length_controlled_winrate").isNumber()).isTrue();
    assertThat(s.at("/models/0/vs_baseline/win_rate_interval/lower").asDouble())
        .isLessThan(s.at("/models/0/vs_baseline/win_rate").asDouble());
    assertThat(s.at("/judge_consistency/pairs_both_orders").asInt()).isEqualTo(120);
    // every flip in this log is a position-biased pair (ties only come from disagreeing orders)
    assertThat(s.at("/judge_consistency/flip_rate/rate").asDouble())
        .isCloseTo(s.at("/judge_consistency/position_bias_rate").asDouble(), within(1e-12));
    assertThat(s.at("/human_agreement/items").asInt()).isEqualTo(120);
    assertThat(s.at("/human_agreement/cohen_kappa/value").isNumber()).isTrue();
    List<String> csv = Files.readAllLines(out.resolve("leaderboard.csv"));
    assertThat(csv).hasSize(5);
    assertThat(csv.get(0)).startsWith("model,rank,rating,rating_lower,rating_upper");
    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.at("/counts/rows_in").asInt()).isEqualTo(120);
    assertThat(m.at("/counts/rows_judged").asInt() + m.at("/counts/rows_unjudged").asInt()).isEqualTo(120);
    assertThat(m.at("/status").asString()).isEqualTo("ok");
  }

  @Test
  void unjudgedRowsAreCountedAndExitCodeIsOne() throws IOException {
    Path out = dir.resolve("board2");
    CliHarness r = CliHarness.run("leaderboard", "--bootstrap", "0", "--baseline", "base", "--out", out.toString(), "--json", log(true).toString());
    assertThat(r.exit()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("unjudged").asInt()).isEqualTo(1);
    assertThat(s.get("judged").asInt()).isEqualTo(120);
    JsonNode weak = null;
    for (JsonNode x : s.get("models")) {
      if (x.get("model").asString().equals("weak")) {
        weak = x;
      }
    }
    assertThat(weak.at("/vs_baseline/unjudged").asInt()).isEqualTo(1);
    assertThat(weak.at("/vs_baseline/n_total").asInt()).isEqualTo(40);
  }

  @Test
  void badRowsNameFileAndLine() throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.write(f, List.of(
        "{\"id\": 1, \"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"a\"}",
        "{\"id\": 2, \"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"maybe\"}"));
    CliHarness r = CliHarness.run("leaderboard", "--out", dir.resolve("o").toString(), f.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(f + ":2: winner: expected \"a\", \"b\" or \"tie\"");
    Files.write(f, List.of("{\"id\": 1, \"model_a\": \"x\", \"winner\": \"a\"}"));
    r = CliHarness.run("leaderboard", "--out", dir.resolve("o").toString(), f.toString());
    assertThat(r.err()).contains(f + ":1: model_b: expected a model name");
    r = CliHarness.run("leaderboard", "--baseline", "nobody", "--out", dir.resolve("o").toString(), log(false).toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("baseline: model 'nobody' is in no pair");
  }
}
