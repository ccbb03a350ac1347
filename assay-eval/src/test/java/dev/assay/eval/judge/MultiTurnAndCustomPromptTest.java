package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.SharedData;
import dev.assay.testkit.llm.FakeReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiTurnAndCustomPromptTest {
  private final JudgeServer s = new JudgeServer();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void fastChatMultiTurnAndMathPairPromptsRenderEveryTurn() throws Exception {
    String file = SharedData.path("mt_bench/judge_prompts.jsonl").toString();
    s.server.replyText("[[C]]");
    PairItem item = new PairItem("101", List.of("T1", "T2"), List.of("A1", "A2"), List.of("B1", "B2"), List.of("R1", "R2"),
        "math", Map.of());
    for (String name : List.of("pair-v2-multi-turn", "pair-math-v1", "pair-math-v1-multi-turn")) {
      PairJudgment j = PairwiseVerdictJudge.defaults().withPrompt(file + "#" + name).judge(item, s.model);
      assertThat(j.winner()).as(name).isEqualTo("tie");
      assertThat(j.outcome()).as(name).isEqualTo(PairOutcome.CONSISTENT);
    }
    String multi = s.server.requests().get(4).lastUserText();
    assertThat(multi).contains("T1").contains("T2").contains("A2").contains("B2").contains("R2");
    String swapped = s.server.requests().get(5).lastUserText();
    assertThat(swapped.indexOf("B2")).isLessThan(swapped.indexOf("A2"));
  }

  @Test
  void bundledMultiTurnTemplates() throws Exception {
    s.server.replyText("Rating: [[5]]");
    SingleItem item = new SingleItem("m", List.of("T1", "T2"), List.of("X1", "X2"), List.of(), "", Map.of());
    Grade g = new SingleScoreJudge("single-multi-turn", 1, 10, 1, null, 256, null, false, true).judge(item, s.model);
    assertThat(g.score()).isEqualTo(5.0);
    assertThat(s.server.requests().get(0).lastUserText()).contains("User: T2\nAssistant: X2");
  }

  /** The example of docs/judges.md, with a declared extra variable and a few-shot example. */
  @Test
  void customYamlTemplateWithExtraVariableAndFewShot() throws Exception {
    Path f = dir.resolve("strict-pairwise.yaml");
    Files.writeString(f, """
        type: pairwise
        output_format: "[[A]], [[B]] or [[C]] (tie)"
        variables: [product]
        system: |
          You review support answers about {product}. Explain briefly, then end with [[A]], [[B]] or [[C]].
        template: |
          ## Customer message
          {instruction}

          ## Answer A
          {output_a}

          ## Answer B
          {output_b}
        examples:
          - variables: {instruction: "My card was charged twice.", output_a: "Refund issued.", output_b: "Try again later.", product: "payments"}
            answer: "A fixes the problem, B does not. [[A]]"
        """);
    s.server.reply(r -> FakeReply.text(JudgeServer.answerA(r).contains("Reset") ? "[[A]]" : "[[B]]"));
    PairItem item = new PairItem("t1", List.of("I forgot my password."), List.of("Reset it at /reset."), List.of("Call us."),
        List.of(), "", Map.of("product", "accounts"));
    PairJudgment j = PairwiseVerdictJudge.defaults().withPrompt(f.toString()).judge(item, s.model);
    assertThat(j.winner()).isEqualTo("a");
    var msgs = s.server.requests().get(0).json().path("messages");
    assertThat(msgs.size()).isEqualTo(4);
    assertThat(msgs.get(0).path("content").asString()).contains("about accounts");
    assertThat(msgs.get(1).path("content").asString()).contains("charged twice");
    assertThat(msgs.get(2).path("role").asString()).isEqualTo("assistant");
  }
}
