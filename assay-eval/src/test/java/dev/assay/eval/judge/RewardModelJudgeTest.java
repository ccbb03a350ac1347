package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline judge on the bundled default reward model: no chat model, deterministic, order-free. */
class RewardModelJudgeTest {
  @Test
  void judgesWithoutAModelDeterministicallyAndSymmetrically() throws Exception {
    RewardModelJudge judge = RewardModelJudge.defaults();
    assertThat(judge.needsModel()).isFalse();
    PairItem item = PairItem.of("r1", "How do I make my bread rise more?",
        "Let the dough proof longer in a warm place, and check that your yeast is fresh.", "Bread.");
    PairJudgment ab = judge.judge(item, null);
    PairJudgment again = judge.judge(item, null);
    PairJudgment ba = judge.judge(PairItem.of("r1", item.turns().get(0), item.outputB().get(0), item.outputA().get(0)), null);
    assertThat(ab.preference()).isBetween(1.0, 2.0).isEqualTo(again.preference());
    assertThat(ab.preference() - 1).isCloseTo(1 - (ba.preference() - 1), within(1e-9));
    assertThat(ab.winner()).isIn("a", "b", "tie");
    assertThat(ab.modelCalls()).isZero();
    assertThat(ab.ab().firstRaw()).contains("reward_a").contains("reward_b");
  }

  @Test
  void multiTurnItemsSumTheTurnRewards() throws Exception {
    PairItem two = new PairItem("m1", List.of("Name a fruit.", "And a vegetable?"), List.of("Apple.", "Carrot."),
        List.of("Rock.", "Sky."), List.of(), "", Map.of());
    PairJudgment j = RewardModelJudge.defaults().judge(two, null);
    assertThat(j.outcome()).isEqualTo(PairOutcome.SINGLE_ORDER);
    assertThat(j.preference()).isBetween(1.0, 2.0);
  }
}
