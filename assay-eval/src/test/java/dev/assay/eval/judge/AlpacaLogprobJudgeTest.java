package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.testkit.llm.FakeReply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The AlpacaEval-style judge end to end. Expected preferences come from tatsu-lab/alpaca_eval's
 * logprob_parser rule (numerator "m", denominators ["m", "M"], 2 - p), computed outside this code
 * on the same top_logprobs.
 */
class AlpacaLogprobJudgeTest {
  private final JudgeServer s = new JudgeServer();
  private final PairItem item = PairItem.of("a1", "Say hello.", "Hello!", "Go away.");
  private final AlpacaLogprobJudge fixedOrder = new AlpacaLogprobJudge("alpaca-logprob", false, false, 5, 1.0, 1, null);

  @AfterEach
  void stop() {
    s.close();
  }

  private static FakeReply token(String chosen, Object... alts) {
    List<FakeReply.Alt> top = new java.util.ArrayList<>();
    for (int i = 0; i < alts.length; i += 2) {
      top.add(new FakeReply.Alt((String) alts[i], ((Number) alts[i + 1]).doubleValue()));
    }
    return FakeReply.text(chosen).withLogprobs(List.of(new FakeReply.Token(chosen, top.get(0).logprob(), top)));
  }

  @Test
  void preferenceFromTheFirstTokensTopLogprobs() throws Exception {
    s.server.reply(r -> token("M", "M", -0.017597131, "m", -4.048847, "Both", -14.908222, "The", -15.705097, "Based", -15.955097));
    PairJudgment j = fixedOrder.judge(item, s.model);
    assertThat(j.preference()).isCloseTo(1.9825575130186845, within(1e-12));
    assertThat(j.winner()).isEqualTo("b");
    assertThat(j.outcome()).isEqualTo(PairOutcome.SINGLE_ORDER);
    var body = s.server.requests().get(0).json();
    assertThat(body.path("max_tokens").asInt()).isEqualTo(1);
    assertThat(body.path("top_logprobs").asInt()).isEqualTo(5);
    assertThat(body.path("logprobs").asBoolean()).isTrue();
    assertThat(body.path("temperature").asDouble()).isEqualTo(1.0);
  }

  @Test
  void bothOrdersAverageInOriginalTerms() throws Exception {
    // First shown is preferred in both orders (p(m) high): AB says A (1.0831...), BA says its first = B,
    // i.e. 3 - 1.0831... in original terms; the mean is 1.5 and the orders disagree.
    s.server.reply(r -> token("m", "m", -0.1, "M", -2.5, " m", -3.0));
    PairJudgment j = new AlpacaLogprobJudge("alpaca-logprob", true, false, 5, 1.0, 1, null).judge(item, s.model);
    assertThat(j.preference()).isCloseTo(1.5, within(1e-12));
    assertThat(j.outcome()).isEqualTo(PairOutcome.INCONSISTENT);
    assertThat(j.ab().preference()).isCloseTo(1.0831726964939223, within(1e-12));
    assertThat(s.server.requests().get(1).lastUserText().indexOf("Go away.")).isLessThan(
        s.server.requests().get(1).lastUserText().indexOf("Hello!"));
  }

  @Test
  void withoutLogprobsTheTextDecidesOnlyWhenItIsExactlyOneToken() {
    var judge = fixedOrder;
    var m = new dev.assay.models.llm.ChatResponse("m", "length", null, List.of(), "x", false);
    assertThat(judge.combine(item, List.of(Exchange.of(m))).preference()).isEqualTo(1.0);
    var other = new dev.assay.models.llm.ChatResponse("Output (a)", "length", null, List.of(), "x", false);
    PairJudgment j = judge.combine(item, List.of(Exchange.of(other)));
    assertThat(j.preference()).isNaN();
    assertThat(j.ab().status()).isEqualTo(ParseStatus.UNPARSEABLE);
    assertThat(j.ab().notes()).containsExactly("no logprobs in the reply");
    assertThat(judge.repair(item, 0, other)).isEmpty();
  }

  @Test
  void randomisedOrderIsDeterministicPerInstructionAndMappedBack() throws Exception {
    // The judge always prefers the output shown second ("M"): in original terms that is B when
    // the order was kept and A when it was swapped.
    s.server.reply(r -> token("M", "M", Math.log(0.9), "m", Math.log(0.1)));
    AlpacaLogprobJudge judge = AlpacaLogprobJudge.defaults();
    int swapped = 0;
    for (int i = 0; i < 40; i++) {
      PairItem it = PairItem.of("r" + i, "Instruction number " + i, "first " + i, "second " + i);
      boolean flip = judge.swapsOrder(it);
      assertThat(judge.swapsOrder(it)).isEqualTo(flip);
      PairJudgment j = judge.judge(it, s.model);
      String shown = s.server.requests().get(s.server.requestCount() - 1).lastUserText();
      assertThat(shown.indexOf("second " + i) < shown.indexOf("first " + i)).isEqualTo(flip);
      assertThat(j.preference()).isCloseTo(flip ? 1.1 : 1.9, within(1e-9));
      assertThat(flip ? j.ab() : j.ba()).isNull();
      assertThat(j.status()).isEqualTo(ParseStatus.OK);
      assertThat(j.toJudgment("x", "y").rationale()).isEqualTo("M");
      swapped += flip ? 1 : 0;
    }
    assertThat(swapped).isBetween(8, 32);
  }
}
