package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.io.Json;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay eval mtbench} on FastChat's question file (shared/data/mt_bench) and small judgment files. */
class EvalMtBenchCommandTest {
  @TempDir Path dir;

  @Test
  void scoresSingleAndPairwiseJudgments() throws IOException {
    Path single = dir.resolve("single.jsonl");
    Files.write(single, List.of(
        "{\"question_id\": 81, \"model\": \"m\", \"judge\": [\"gpt-4\", \"single-v1\"], \"score\": 8, \"turn\": 1}",
        "{\"question_id\": 81, \"model\": \"m\", \"judge\": [\"gpt-4\", \"single-v1-multi-turn\"], \"score\": 6, \"turn\": 2}",
        "{\"question_id\": 111, \"model\": \"m\", \"judge\": [\"gpt-4\", \"single-math-v1\"], \"score\": -1, \"turn\": 1}",
        "{\"question_id\": 111, \"model\": \"m\", \"judge\": [\"gpt-4\", \"single-math-v1\"], \"score\": 3, \"turn\": 2}"));
    Path pair = dir.resolve("pair.jsonl");
    Files.write(pair, List.of(
        "{\"question_id\": 81, \"model_1\": \"m\", \"model_2\": \"base\", \"g1_winner\": \"model_1\", \"g2_winner\": \"model_1\", \"turn\": 1}",
        "{\"question_id\": 111, \"model_1\": \"base\", \"model_2\": \"m\", \"g1_winner\": \"model_2\", \"g2_winner\": \"model_1\", \"turn\": 1}",
        "{\"question_id\": 112, \"model_1\": \"base\", \"model_2\": \"m\", \"g1_winner\": \"error\", \"g2_winner\": \"model_1\", \"turn\": 1}"));
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run("eval", "mtbench", "--questions", SharedData.path("mt_bench/question.jsonl").toString(),
        "--reference-answers", SharedData.path("mt_bench/reference_answer_gpt-4.jsonl").toString(),
        "--baseline", "base", "--out", out.toString(), "--json", single.toString(), pair.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.at("/single/0/score").asDouble()).isCloseTo(17.0 / 3, within(1e-12));
    assertThat(s.at("/single/0/by_turn/1").asDouble()).isEqualTo(8.0);
    assertThat(s.at("/single/0/by_category/math").asDouble()).isEqualTo(3.0);
    assertThat(s.at("/single/0/ungraded").asInt()).isEqualTo(1);
    assertThat(s.at("/single/0/missing").asInt()).isEqualTo(156);
    assertThat(s.at("/pairwise/0/win").asInt()).isEqualTo(1);
    assertThat(s.at("/pairwise/0/tie").asInt()).isEqualTo(1);
    assertThat(s.at("/pairwise/0/errors").asInt()).isEqualTo(1);
    assertThat(s.at("/pairwise/0/by_category/math/tie").asInt()).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("scores.csv"))).hasSize(3);
    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertThat(m.at("/counts/judgments_in").asInt()).isEqualTo(7);
    assertThat(m.at("/counts/pairwise_errors").asInt()).isEqualTo(1);
  }

  @Test
  void unknownQuestionIsAnInputErrorWithItsLine() throws IOException {
    Path single = dir.resolve("single.jsonl");
    Files.write(single, List.of("{\"question_id\": 81, \"model\": \"m\", \"score\": 8, \"turn\": 1}", "{\"question_id\": 7, \"model\": \"m\", \"score\": 8, \"turn\": 1}"));
    CliHarness r = CliHarness.run("eval", "mtbench", "--questions", SharedData.path("mt_bench/question.jsonl").toString(),
        "--out", dir.resolve("o").toString(), single.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(single + ":2: question_id");
  }
}
