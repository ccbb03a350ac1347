package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.AssayInputException;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.testkit.SharedData;
import dev.assay.testkit.llm.FakeReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single-answer, reference-guided and G-Eval grading through the real OpenAI client and the fake server. */
class ScoreJudgesTest {
  private final JudgeServer s = new JudgeServer();

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void singleGradeReadsTheRatingAndSendsTheScale() throws Exception {
    s.server.replyText("Correct and brief.\n\nRating: [[8]]");
    Grade g = SingleScoreJudge.defaults().judge(SingleItem.of("q1", "What is 12*12?", "144"), s.model);
    assertThat(g.score()).isEqualTo(8.0);
    assertThat(g.status()).isEqualTo(ParseStatus.OK);
    assertThat(g.method()).isEqualTo("parsed");
    assertThat(g.raw()).containsExactly("Correct and brief.\n\nRating: [[8]]");
    assertThat(s.server.requests().get(0).allText()).contains("from 1 (worst)").contains("to 10 (best)").contains("144");
    assertThat(g.toScore("quality").value()).isEqualTo(8.0);
  }

  @Test
  void unparseableAfterRepairKeepsTheRawText() throws Exception {
    s.server.replyText("It is a fine answer overall.");
    Grade g = SingleScoreJudge.defaults().judge(SingleItem.of("q1", "Hi", "Hello"), s.model);
    assertThat(g.status()).isEqualTo(ParseStatus.UNPARSEABLE);
    assertThat(g.score()).isNaN();
    assertThat(g.raw().get(0)).contains("It is a fine answer overall.").contains(Reading.REPAIR_SEPARATOR.strip());
    assertThat(g.replies()).isEqualTo(2);
  }

  @Test
  void selfConsistencyMeanAndAgreement() throws Exception {
    AtomicInteger n = new AtomicInteger();
    int[] grades = {7, 8, 8};
    s.server.reply(r -> FakeReply.text("[[" + grades[n.getAndIncrement() % 3] + "]]"));
    Grade g = new SingleScoreJudge("single", 1, 10, 3, null, 128, null, false, true).judge(SingleItem.of("q", "x", "y"), s.model);
    assertThat(g.score()).isCloseTo(23.0 / 3, within(1e-12));
    assertThat(g.agreement()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.server.requests()).extracting(r -> r.json().path("temperature").asDouble()).containsOnly(0.7);
  }

  @Test
  void referenceJudgeShowsTheReferenceAndRequiresOne() throws Exception {
    s.server.replyText("Matches the reference. Rating: [[10]]");
    Grade g = SingleScoreJudge.defaults(SingleScoreJudge.REFERENCE_NAME).judge(SingleItem.of("m1", "2+2?", "4").withReference("REF-4"), s.model);
    assertThat(g.score()).isEqualTo(10.0);
    assertThat(s.server.requests().get(0).allText()).contains("REF-4");
    assertThatThrownBy(() -> SingleScoreJudge.defaults(SingleScoreJudge.REFERENCE_NAME).requests(SingleItem.of("m2", "2+2?", "4")))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("item 'm2'").hasMessageContaining("reference");
  }

  @Test
  void fastChatSinglePromptsWorkIncludingMathAndMultiTurn() throws Exception {
    String file = SharedData.path("mt_bench/judge_prompts.jsonl").toString();
    s.server.replyText("Explanation. Rating: [[6]]");
    SingleItem twoTurns = new SingleItem("81", List.of("Q one", "Q two"), List.of("A one", "A two"), List.of("R one", "R two"),
        "math", Map.of());
    for (String name : List.of("single-v1", "single-math-v1", "single-v1-multi-turn", "single-math-v1-multi-turn")) {
      SingleScoreJudge judge = new SingleScoreJudge(file + "#" + name, 1, 10, 1, null, 256, null, false, true);
      assertThat(judge.judge(twoTurns, s.model).score()).as(name).isEqualTo(6.0);
    }
    String multi = s.server.requests().get(3).lastUserText();
    assertThat(multi).contains("Q one").contains("A two").contains("R two");
    // Without a reference, the math prompt names the template line and the item.
    SingleScoreJudge math = new SingleScoreJudge(file + "#single-math-v1", 1, 10, 1, null, 256, null, false, true);
    assertThatThrownBy(() -> math.requests(SingleItem.of("q7", "x", "y")))
        .hasMessageContaining("judge_prompts.jsonl:6").hasMessageContaining("{ref_answer_1}").hasMessageContaining("'q7'");
  }

  @Test
  void gEvalWeightsTheScoreByTokenProbabilities() throws Exception {
    // First token "4": p(4)=0.5, p(3)=0.3, p(5)=0.1, p("The")=0.1.
    s.server.reply(r -> FakeReply.text("4").withLogprobs(List.of(new FakeReply.Token("4", Math.log(0.5), List.of(
        new FakeReply.Alt("4", Math.log(0.5)), new FakeReply.Alt("3", Math.log(0.3)),
        new FakeReply.Alt("5", Math.log(0.1)), new FakeReply.Alt("The", Math.log(0.1)))))));
    Grade g = GEvalScoreJudge.defaults().judge(SingleItem.of("q", "x", "y"), s.model);
    assertThat(g.method()).isEqualTo("logprob-weighted");
    assertThat(g.score()).isCloseTo((0.5 * 4 + 0.3 * 3 + 0.1 * 5) / 0.9, within(1e-9));
    assertThat(s.server.requests().get(0).json().path("top_logprobs").asInt()).isEqualTo(20);
  }

  @Test
  void gEvalFallsBackToTheParsedScoreWithoutLogprobs() {
    var judge = GEvalScoreJudge.defaults();
    var reply = new dev.assay.models.llm.ChatResponse("4", "stop", null, List.of(), "m", false);
    Grade g = judge.combine(SingleItem.of("q", "x", "y"), List.of(Exchange.of(reply)));
    assertThat(g.score()).isEqualTo(4.0);
    assertThat(g.method()).isEqualTo("parsed");
  }
}
