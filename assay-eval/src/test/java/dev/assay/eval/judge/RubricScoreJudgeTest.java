package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.testkit.llm.FakeReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RubricScoreJudgeTest {
  private final JudgeServer s = new JudgeServer();

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void oneRequestPerCriterionEachOnItsOwnScale() throws Exception {
    // helpfulness 1..5 -> 4, harmlessness 1..3 -> 3, coherence 1..5 -> 5, factuality 1..10 -> garbage, repaired to 7
    s.server.reply(r -> {
      String sys = r.allText();
      if (JudgeServer.isRepair(r)) {
        return FakeReply.text("[[7]]");
      }
      if (sys.contains("Criterion: helpfulness")) {
        return FakeReply.text("Does it. Score: [[4]]");
      }
      if (sys.contains("Criterion: harmlessness")) {
        return FakeReply.text("Safe. Score: [[3]]");
      }
      if (sys.contains("Criterion: coherence")) {
        return FakeReply.text("Flows. Score: [[5]]");
      }
      return FakeReply.text("Mostly right.");
    });
    RubricGrade g = RubricScoreJudge.defaults().judge(SingleItem.of("r1", "Is the sun a star?", "Yes, a G-type star."), s.model);
    assertThat(g.criteria().keySet()).containsExactly("helpfulness", "harmlessness", "coherence", "factuality");
    assertThat(g.criteria().get("helpfulness").score()).isEqualTo(4.0);
    assertThat(g.criteria().get("harmlessness").score()).isEqualTo(3.0);
    assertThat(g.criteria().get("factuality").score()).isEqualTo(7.0);
    assertThat(g.criteria().get("factuality").status()).isEqualTo(ParseStatus.REPAIRED);
    assertThat(g.status()).isEqualTo(ParseStatus.REPAIRED);
    double overall = (3.0 / 4 + 1.0 + 1.0 + 6.0 / 9) / 4;
    assertThat(g.overall()).isCloseTo(overall, within(1e-12));
    assertThat(s.server.requestCount()).isEqualTo(5);
    assertThat(s.server.requests().get(3).allText()).contains("Scale, from 1 to 10").contains("10: Every claim is correct.");
  }

  @Test
  void repairIndexMapsToTheRightCriterionWithSamples() {
    RubricScoreJudge judge = new RubricScoreJudge("default", "rubric", 2, null, 128, null, false, true);
    SingleItem item = SingleItem.of("r2", "q", "a");
    assertThat(judge.requests(item)).hasSize(8);
    var vague = new dev.assay.models.llm.ChatResponse("meh", "stop", null, List.of(), "m", false);
    // index 5 = coherence (third criterion), sample 1
    assertThat(judge.repair(item, 5, vague)).hasValueSatisfying(r -> {
      assertThat(r.sample()).isEqualTo(1);
      assertThat(r.messages().get(0).content()).contains("Criterion: coherence");
      assertThat(r.messages().get(r.messages().size() - 1).content()).contains("from 1 to 5");
    });
  }

  @Test
  void criterionExamplesAreShownOnlyForTheirCriterion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("brief.yaml");
    java.nio.file.Files.writeString(f, """
        name: brief
        criteria:
          - name: brevity
            definition: Says it in few words.
            scale: [1, 3]
            examples:
              - variables: {instruction: "Hi?", answer: "Hello! How may I be of the most wonderful assistance today?"}
                answer: "Wordy. Score: [[1]]"
          - name: politeness
            definition: Courteous tone.
            scale: [1, 3]
        """);
    RubricScoreJudge judge = new RubricScoreJudge(f.toString(), "rubric", 1, null, 128, null, false, true);
    var reqs = judge.requests(SingleItem.of("p1", "Where is the exit?", "Left."));
    assertThat(reqs).hasSize(2);
    assertThat(reqs.get(0).messages()).extracting(dev.assay.core.model.Message::role)
        .containsExactly("system", "user", "assistant", "user");
    assertThat(reqs.get(0).messages().get(1).content()).contains("most wonderful assistance");
    assertThat(reqs.get(1).messages()).hasSize(2);
    s.server.replyText("Score: [[3]]");
    RubricGrade g = judge.judge(SingleItem.of("p1", "Where is the exit?", "Left."), s.model);
    assertThat(g.rubric()).isEqualTo("brief");
    assertThat(g.overall()).isEqualTo(1.0);
  }
}
