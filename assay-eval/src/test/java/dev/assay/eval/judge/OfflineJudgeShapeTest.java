package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A judge that needs no chat model (the shape the reward-model judge will take) fits the same
 * interface: it implements {@link PairwiseJudge#judge} directly and says {@code needsModel()}
 * false. Here a toy judge that prefers the shorter answer.
 */
class OfflineJudgeShapeTest {

  record ShorterAnswerJudge() implements PairwiseJudge {
    @Override
    public String name() {
      return "shorter-answer";
    }

    @Override
    public boolean needsModel() {
      return false;
    }

    @Override
    public PairJudgment judge(PairItem item, ChatModel model) {
      int a = item.outputA().get(0).length();
      int b = item.outputB().get(0).length();
      double pref = a < b ? 1.0 : a > b ? 2.0 : 1.5;
      OrderVerdict v = new OrderVerdict(null, ParseStatus.OK, List.of(), List.of("length"), List.of(), 1.0, pref);
      return new PairJudgment(item.id(), name(), PairJudgment.winnerOf(pref), pref, PairOutcome.SINGLE_ORDER, v, null, 0, 0,
          Usage.NONE);
    }
  }

  @Test
  void runsWithoutAModelAndYieldsTheSameResultType() throws Exception {
    PairwiseJudge judge = new ShorterAnswerJudge();
    PairJudgment j = judge.judge(PairItem.of("o1", "Say hi.", "Hi.", "Hello there, friend."), null);
    assertThat(judge.needsModel()).isFalse();
    assertThat(j.winner()).isEqualTo("a");
    assertThat(j.toJudgment("x", "y").preference()).isEqualTo(1.0);
    assertThat(j.modelCalls()).isZero();
  }
}
