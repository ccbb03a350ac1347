package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.io.Json;
import dev.assay.eval.benchmark.alpacaeval.PublishedLeaderboard;
import dev.assay.testkit.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code judge} and {@code leaderboard} on the public pair formats as they are published. */
class JudgeInputFormatsTest {
  @TempDir Path dir;

  private static List<JsonNode> lines(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(f)) {
      if (!l.isBlank()) {
        out.add(Json.MAPPER.readTree(l));
      }
    }
    return out;
  }

  /** The first {@code n} lines of Anthropic's hh-rlhf harmless-base test set (shared/data/hh_rlhf), which have no id. */
  private Path hhRlhf(int n) throws IOException {
    List<String> kept = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(SharedData.path("hh_rlhf/harmless-base-test.jsonl.gz"))), StandardCharsets.UTF_8))) {
      for (String l; kept.size() < n && (l = in.readLine()) != null; ) {
        kept.add(l);
      }
    }
    Path f = dir.resolve("hh.jsonl");
    Files.write(f, kept);
    return f;
  }

  /**
   * The first 200 rows of Anthropic's hh-rlhf harmless-base test set as published
   * (shared/data/hh_rlhf; no ids): every row is judged under a stable derived id, and a rerun
   * resumes all of them. (The whole file, 2,312 rows, also judges completely; it takes about 90 s
   * on two cores, too long for every build.)
   */
  @Test
  void rewardModelJudgesEveryHhRlhfRowWithoutIds() throws IOException {
    Path in = hhRlhf(200);
    Path out = dir.resolve("judge");
    CliHarness r = CliHarness.run("judge", "--judge", "reward-model", "--out", out.toString(), "--json", in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> judgments = lines(out.resolve("judgments.jsonl"));
    assertThat(judgments).hasSize(200);
    assertThat(lines(out.resolve("quarantine.jsonl"))).isEmpty();
    Set<String> ids = new HashSet<>();
    judgments.forEach(j -> ids.add(j.get("id").asString()));
    assertThat(ids).hasSize(200).allSatisfy(id -> assertThat(id).matches("pair-[0-9a-f]{16}(-\\d+)?"));
    assertThat(judgments).allSatisfy(j -> {
      assertThat(j.get("winner").asString()).isIn("a", "b", "tie");
      assertThat(j.get("human").asString()).isEqualTo("a"); // hh-rlhf's chosen answer is shown as a
      assertThat(j.get("source_format").asString()).isEqualTo("hh-rlhf");
    });

    CliHarness again = CliHarness.run("judge", "--judge", "reward-model", "--out", out.toString(), "--json", in.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    JsonNode s = Json.MAPPER.readTree(again.out());
    assertThat(s.get("resumed").asInt()).isEqualTo(200);
    assertThat(s.get("finished").asInt()).isZero();
    assertThat(lines(out.resolve("judgments.jsonl"))).extracting(j -> j.get("id").asString()).containsExactlyElementsOf(
        judgments.stream().map(j -> j.get("id").asString()).toList());
  }

  /**
   * One AlpacaEval 2.0 annotation file as published (claude's, tatsu-lab/alpaca_eval
   * results/claude/weighted_alpaca_eval_gpt4_turbo/annotations.json, in shared/data/alpaca_eval):
   * the leaderboard's win rate against gpt4_1106_preview is the one in AlpacaEval's published
   * leaderboard_weighted_alpaca_eval_gpt4_turbo.csv (row "claude": 16.985...).
   */
  @Test
  void leaderboardOnAnAlpacaEvalAnnotationFileReproducesThePublishedWinRate() throws IOException {
    Path data = SharedData.path("alpaca_eval");
    Path out = dir.resolve("board");
    CliHarness r = CliHarness.run("leaderboard", "--baseline", "gpt4_1106_preview", "--bootstrap", "20", "--out", out.toString(),
        data.resolve("annotations/claude.json.gz").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    PublishedLeaderboard.Row published =
        PublishedLeaderboard.read(data.resolve("leaderboard_weighted_alpaca_eval_gpt4_turbo.csv")).get("claude");
    JsonNode board = Json.MAPPER.readTree(out.resolve("leaderboard.json").toFile());
    JsonNode claude = null;
    for (JsonNode m : board.get("models")) {
      if (m.get("model").asString().equals("claude")) {
        claude = m;
      }
    }
    assertThat(claude).isNotNull();
    assertThat(claude.at("/vs_baseline/win_rate").asDouble()).isCloseTo(published.winRate(), within(1e-9));
    assertThat(claude.at("/vs_baseline/n_wins").asLong()).isEqualTo(published.nWins());
    assertThat(claude.at("/vs_baseline/n_total").asLong()).isEqualTo(published.nTotal());
    assertThat(board.get("judged").asInt()).isEqualTo(805);
  }

  /** AlpacaEval annotations and prompt/chosen/rejected rows are judged as pairs too. */
  @Test
  void annotationsAndPreferencePairsAreJudgedAsPairs() throws IOException {
    Path in = dir.resolve("mixed.jsonl");
    Files.writeString(in, "{\"instruction\": \"Name a colour.\", \"output_1\": \"Red.\", \"output_2\": \"Blue is a colour.\","
        + " \"generator_1\": \"base\", \"generator_2\": \"mine\", \"preference\": 2}\n"
        + "{\"prompt\": \"Say hi.\", \"chosen\": \"Hi there!\", \"rejected\": \"no\"}\n"
        + "{\"text\": \"not a pair\"}\n");
    Path out = dir.resolve("judge");
    CliHarness r = CliHarness.run("judge", "--judge", "reward-model", "--out", out.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    List<JsonNode> judgments = lines(out.resolve("judgments.jsonl"));
    assertThat(judgments).hasSize(2);
    assertThat(judgments.get(0).get("model_a").asString()).isEqualTo("base");
    assertThat(judgments.get(0).get("model_b").asString()).isEqualTo("mine");
    assertThat(judgments.get(0).get("annotation_preference").asDouble()).isEqualTo(2.0);
    assertThat(judgments.get(1).get("source_format").asString()).isEqualTo("preference-pair");
    List<JsonNode> q = lines(out.resolve("quarantine.jsonl"));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).get("error").asString()).startsWith(in + ":3: expected a pair").contains("found fields [text]");
  }

  /** reward score reads what judge reads: hh-rlhf transcripts (chosen/rejected) and unlabelled pair rows (a/b). */
  @Test
  void rewardScoreReadsHhRlhfAndPairRows() throws IOException {
    Path hh = hhRlhf(10);
    Path scored = dir.resolve("scored.jsonl");
    CliHarness r = CliHarness.run("reward", "score", "--model", "default", "--out-file", scored.toString(), "--quiet", hh.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(lines(scored)).hasSize(10).allSatisfy(l -> {
      assertThat(l.get("reward_chosen").isNumber()).isTrue();
      assertThat(l.get("p_chosen").asDouble()).isBetween(0.0, 1.0);
      assertThat(l.get("chosen").asString()).contains("Assistant:"); // the record is kept as it was
    });
    Path pairs = dir.resolve("pairs.jsonl");
    Files.writeString(pairs, "{\"id\": \"m/1\", \"instruction\": \"Say hi.\", \"output_a\": \"Hello! How can I help?\","
        + " \"output_b\": \"no\", \"model_a\": \"m\", \"model_b\": \"ref\"}\n");
    Path scoredPairs = dir.resolve("scored-pairs.jsonl");
    CliHarness p = CliHarness.run("reward", "score", "--model", "default", "--out-file", scoredPairs.toString(), "--quiet", pairs.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    JsonNode line = lines(scoredPairs).get(0);
    assertThat(line.get("reward_a").isNumber()).isTrue();
    assertThat(line.get("p_a").asDouble()).isBetween(0.0, 1.0);
    assertThat(line.has("reward_chosen")).isFalse();

    CliHarness e = CliHarness.run("reward", "eval", "--json", "--model", "default", hh.toString());
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(Json.MAPPER.readTree(e.out()).get("n").asInt()).isEqualTo(10);
  }
}
