package dev.assay.eval.benchmark.mtbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.AssayInputException;
import dev.assay.eval.benchmark.mtbench.PairwiseVerdict.Winner;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aggregation against FastChat's {@code fastchat/llm_judge/show_result.py} (lm-sys/FastChat): the
 * fixtures in src/test/resources/mtbench are synthetic judgments in FastChat's model_judgment
 * format (written by us, 3 models x 80 questions x 2 turns, some -1 scores and "error" verdicts);
 * the expected numbers are what {@code display_result_single} and {@code display_result_pairwise
 * --baseline-model gpt-3.5-turbo} print for them (pandas 1.5.3).
 */
class MtBenchScoresTest {
  @TempDir Path dir;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(MtBenchScoresTest.class.getResource("/mtbench/" + name).toURI());
  }

  static MtBenchQuestions questions() {
    return MtBenchQuestions.load(SharedData.path("mt_bench/question.jsonl"), null);
  }

  @Test
  void singleGradesMatchFastChatShowResult() throws Exception {
    MtBenchQuestions q = questions();
    MtBenchJudgments j = MtBenchJudgments.read(List.of(resource("single_judgments.jsonl")), q);
    assertThat(j.lines()).isEqualTo(480);
    Map<String, SingleGradeScores.ModelScore> s =
        SingleGradeScores.of(j.grades(), q).stream().collect(Collectors.toMap(SingleGradeScores.ModelScore::model, x -> x));
    assertThat(SingleGradeScores.of(j.grades(), q)).extracting(SingleGradeScores.ModelScore::model)
        .containsExactly("m-strong", "m-mid", "m-weak");
    check(s.get("m-strong"), 8.164556962025317, 7.461538461538462, 7.8152866242038215);
    check(s.get("m-mid"), 6.371794871794871, 5.56, 5.973856209150327);
    check(s.get("m-weak"), 3.448717948717949, 3.2133333333333334, 3.3333333333333335);
    for (SingleGradeScores.ModelScore m : s.values()) {
      assertThat(m.graded() + m.ungraded()).isEqualTo(160);
      assertThat(m.missing()).isZero();
      assertThat(m.byCategory()).hasSize(8);
      // 8 categories x 2 turns
      assertThat(m.byCategoryTurn()).hasSize(16);
    }
  }

  private static void check(SingleGradeScores.ModelScore m, double turn1, double turn2, double all) {
    assertThat(m.byTurn().get(1)).as(m.model()).isCloseTo(turn1, within(1e-14));
    assertThat(m.byTurn().get(2)).as(m.model()).isCloseTo(turn2, within(1e-14));
    assertThat(m.score()).as(m.model()).isCloseTo(all, within(1e-14));
  }

  @Test
  void pairwiseAgainstBaselineMatchesFastChatShowResult() throws Exception {
    MtBenchQuestions q = questions();
    MtBenchJudgments j = MtBenchJudgments.read(List.of(resource("pair_judgments.jsonl")), q);
    List<PairwiseScores.ModelRecord> r = PairwiseScores.of(j.verdicts(), "gpt-3.5-turbo", q);
    assertThat(r).extracting(PairwiseScores.ModelRecord::model).containsExactly("m-strong", "m-mid", "m-weak");
    Map<String, PairwiseScores.ModelRecord> by = r.stream().collect(Collectors.toMap(PairwiseScores.ModelRecord::model, x -> x));
    assertThat(by.get("m-strong").total()).isEqualTo(new PairwiseScores.Tally(54, 46, 55));
    assertThat(by.get("m-mid").total()).isEqualTo(new PairwiseScores.Tally(52, 48, 57));
    assertThat(by.get("m-weak").total()).isEqualTo(new PairwiseScores.Tally(18, 100, 37));
    assertThat(by.get("m-strong").total().winRateAdjusted()).isCloseTo(0.5258064516129032, within(1e-15));
    assertThat(by.get("m-mid").total().winRate()).isCloseTo(0.33121019108280253, within(1e-15));
    assertThat(by.get("m-weak").total().lossRate()).isCloseTo(0.6451612903225806, within(1e-15));
    for (PairwiseScores.ModelRecord m : r) {
      assertThat(m.total().n() + m.errors()).as(m.model()).isEqualTo(160);
      assertThat(m.byCategory().values().stream().mapToLong(PairwiseScores.Tally::n).sum()).isEqualTo(m.total().n());
      assertThat(m.byTurn().values().stream().mapToLong(PairwiseScores.Tally::n).sum()).isEqualTo(m.total().n());
    }
  }

  /** Lines as {@code assay judge --mode single} writes them: id, model_id, a null score. */
  @Test
  void readsAssayJudgeOutputLines() throws IOException {
    MtBenchQuestions q = questions();
    Path f = dir.resolve("judgments.jsonl");
    Files.writeString(f, "{\"id\": 81, \"model_id\": \"x\", \"score\": 6, \"judge\": \"single\", \"turn\": 2}\n"
        + "{\"id\": \"82\", \"model_id\": \"x\", \"score\": null, \"judge\": \"single\"}\n");
    List<GradedAnswer> g = MtBenchJudgments.read(List.of(f), q).grades();
    assertThat(g).containsExactly(
        new GradedAnswer("81", "x", 2, 6.0, "single", null), new GradedAnswer("82", "x", 1, Double.NaN, "single", null));
  }

  @Test
  void positionSwapRule() {
    assertThat(new PairwiseVerdict("1", "a", "b", 1, Winner.MODEL_1, Winner.MODEL_1, null).outcome()).isEqualTo(Winner.MODEL_1);
    assertThat(new PairwiseVerdict("1", "a", "b", 1, Winner.MODEL_1, Winner.MODEL_2, null).outcome()).isEqualTo(Winner.TIE);
    assertThat(new PairwiseVerdict("1", "a", "b", 1, Winner.TIE, Winner.TIE, null).outcome()).isEqualTo(Winner.TIE);
    assertThat(new PairwiseVerdict("1", "a", "b", 1, Winner.MODEL_2, null, null).outcome()).isEqualTo(Winner.MODEL_2);
    assertThat(new PairwiseVerdict("1", "a", "b", 1, Winner.MODEL_2, Winner.ERROR, null).outcome()).isEqualTo(Winner.ERROR);
  }

  @Test
  void missingCellsAreCountedAndBadLinesNamed() throws IOException {
    MtBenchQuestions q = questions();
    Path f = dir.resolve("j.jsonl");
    Files.writeString(f, "{\"question_id\": 81, \"model\": \"x\", \"score\": 7, \"turn\": 1}\n{\"question_id\": 81, \"model\": \"x\", \"score\": -1, \"turn\": 2}\n");
    SingleGradeScores.ModelScore s = SingleGradeScores.of(MtBenchJudgments.read(List.of(f), q).grades(), q).get(0);
    assertThat(s.graded()).isEqualTo(1);
    assertThat(s.ungraded()).isEqualTo(1);
    assertThat(s.missing()).isEqualTo(158);
    assertThat(s.byCategory().get("writing")).isEqualTo(7.0);
    assertThat(s.byCategory().get("math")).isNaN();
    Files.writeString(f, "{\"question_id\": 81, \"model\": \"x\", \"score\": 7, \"turn\": 3}\n");
    assertThatThrownBy(() -> MtBenchJudgments.read(List.of(f), q))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining(f + ":1: turn: expected 1..2");
    Files.writeString(f, "{\"question_id\": 81, \"model_1\": \"x\", \"model_2\": \"y\", \"g1_winner\": \"maybe\", \"turn\": 1}\n");
    assertThatThrownBy(() -> MtBenchJudgments.read(List.of(f), q)).hasMessageContaining(f + ":1: g1_winner");
  }
}
