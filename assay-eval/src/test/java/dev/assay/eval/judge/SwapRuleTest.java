package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.eval.verdict.PairVerdict;
import dev.assay.models.llm.ChatResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The position-swap rule against FastChat's (lm-sys/FastChat, fastchat/llm_judge/show_result.py,
 * pairwise mode): matches with an error in either order are dropped; otherwise
 * {@code g1_winner == "tie" or g1_winner != g2_winner} is a tie, else g1's winner wins. Checked
 * for every pair of verdicts, given in original A/B terms.
 */
class SwapRuleTest {
  private final PairwiseVerdictJudge judge = PairwiseVerdictJudge.defaults();
  private final PairItem item = PairItem.of("s", "q", "a", "b");

  private static Exchange says(PairVerdict presented) {
    String marker = switch (presented) {
      case A -> "[[A]]";
      case B -> "[[B]]";
      case TIE -> "[[C]]";
    };
    return Exchange.of(new ChatResponse("Because. " + marker, "stop", null, List.of(), "m", false));
  }

  @ParameterizedTest
  @EnumSource(PairVerdict.class)
  void everyCombinationFollowsFastChat(PairVerdict g1) {
    for (PairVerdict g2 : PairVerdict.values()) {
      // Order BA shows B first, so the judge says the swapped letter for the same original winner.
      PairJudgment j = judge.combine(item, List.of(says(g1), says(g2.swapped())));
      String fastchat = g1 == PairVerdict.TIE || g1 != g2 ? "tie" : g1.winner();
      assertThat(j.winner()).as(g1 + " / " + g2).isEqualTo(fastchat);
      assertThat(j.outcome()).isEqualTo(g1 == g2 ? PairOutcome.CONSISTENT : PairOutcome.INCONSISTENT);
    }
  }

  @ParameterizedTest
  @EnumSource(PairVerdict.class)
  void anErrorInEitherOrderLeavesNoWinner(PairVerdict g1) {
    Exchange error = Exchange.failed("SERVER: 500");
    assertThat(judge.combine(item, List.of(says(g1), error)).winner()).isNull();
    assertThat(judge.combine(item, List.of(error, says(g1))).winner()).isNull();
    Exchange vague = Exchange.of(new ChatResponse("no idea", "stop", null, List.of(), "m", false));
    assertThat(judge.combine(item, List.of(says(g1), vague)).outcome()).isEqualTo(PairOutcome.ONE_ORDER_MISSING);
  }
}
