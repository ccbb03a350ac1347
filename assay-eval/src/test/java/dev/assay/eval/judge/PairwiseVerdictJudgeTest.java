package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.eval.verdict.PairVerdict;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pairwise judge through the real OpenAI client against the fake server. The position-swap
 * rule is FastChat's (lm-sys/FastChat, fastchat/llm_judge/common.py play_a_match_pair: winners of
 * both orders mapped back to the models; show_result.py / compute_agreement.py: differing winners
 * count as a tie).
 */
class PairwiseVerdictJudgeTest {
  private final JudgeServer s = new JudgeServer();
  private final PairItem item = PairItem.of("q1", "Name a prime number.", "7 is prime. GOOD", "8 is prime.");

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void consistentJudgeAcrossTheSwap() throws Exception {
    s.server.reply(r -> FakeReply.text("Comparing... " + (JudgeServer.answerA(r).contains("GOOD") ? "[[A]]" : "[[B]]")));
    PairJudgment j = PairwiseVerdictJudge.defaults().judge(item, s.model);
    assertThat(j.winner()).isEqualTo("a");
    assertThat(j.preference()).isEqualTo(1.0);
    assertThat(j.outcome()).isEqualTo(PairOutcome.CONSISTENT);
    assertThat(j.ab().verdict()).isEqualTo(PairVerdict.A);
    assertThat(j.ba().verdict()).isEqualTo(PairVerdict.B); // B shown first, so "B" there is our A
    assertThat(j.ab().firstRaw()).endsWith("[[A]]");
    assertThat(j.ba().firstRaw()).endsWith("[[B]]");
    assertThat(j.modelCalls()).isEqualTo(2);
    assertThat(j.usage().total()).isPositive();
    assertThat(s.server.requestCount()).isEqualTo(2);
    FakeRequest first = s.server.requests().get(0);
    assertThat(first.json().path("temperature").asDouble()).isEqualTo(0.0);
    assertThat(first.lastUserText()).contains("Name a prime number.");
    assertThat(j.toJudgment("base", "cand").winner()).isEqualTo("a");
  }

  @Test
  void positionBiasedJudgeGivesATieByFastChatsRule() throws Exception {
    s.server.replyText("The first one. [[A]]");
    PairJudgment j = PairwiseVerdictJudge.defaults().judge(item, s.model);
    assertThat(j.outcome()).isEqualTo(PairOutcome.INCONSISTENT);
    assertThat(j.winner()).isEqualTo("tie");
    assertThat(j.preference()).isEqualTo(1.5);
  }

  @Test
  void repairRequestRecoversAVerdictAndKeepsBothReplies() throws Exception {
    s.server.reply(r -> JudgeServer.isRepair(r) ? FakeReply.text("[[B]]") : FakeReply.text("Hmm, both have merit."));
    PairJudgment j = new PairwiseVerdictJudge("pairwise", false, 1, null, 256, null, false, true, false).judge(item, s.model);
    assertThat(j.outcome()).isEqualTo(PairOutcome.SINGLE_ORDER);
    assertThat(j.winner()).isEqualTo("b");
    assertThat(j.ab().status()).isEqualTo(ParseStatus.REPAIRED);
    assertThat(j.ab().firstRaw()).contains("Hmm, both have merit.").contains("[[B]]");
    assertThat(s.server.requestCount()).isEqualTo(2);
    var repair = s.server.requests().get(1).json().path("messages");
    assertThat(repair.get(repair.size() - 2).path("role").asString()).isEqualTo("assistant");
    assertThat(repair.get(repair.size() - 2).path("content").asString()).isEqualTo("Hmm, both have merit.");
  }

  @Test
  void oneOrderUnparseableMakesTheJudgmentMissingUnlessFallbackIsOn() throws Exception {
    // Order AB (GOOD answer shown first) gets a verdict; order BA never does, not even on repair.
    s.server.reply(r -> JudgeServer.answerA(r).contains("GOOD") ? FakeReply.text("[[A]]") : FakeReply.text("No comment."));
    PairJudgment j = PairwiseVerdictJudge.defaults().judge(item, s.model);
    assertThat(j.outcome()).isEqualTo(PairOutcome.ONE_ORDER_MISSING);
    assertThat(j.winner()).isNull();
    assertThat(j.preference()).isNaN();
    assertThat(j.ba().status()).isEqualTo(ParseStatus.UNPARSEABLE);
    assertThat(j.ba().firstRaw()).contains("No comment.");
    assertThat(j.status()).isEqualTo(ParseStatus.UNPARSEABLE);
    assertThat(j.toJudgment("x", "y").winner()).isNull();

    PairJudgment k = new PairwiseVerdictJudge("pairwise", true, 1, null, 256, null, false, true, true).judge(item, s.model);
    assertThat(k.winner()).isEqualTo("a");
    assertThat(k.outcome()).isEqualTo(PairOutcome.ONE_ORDER_MISSING);
  }

  @Test
  void serverFailureIsRecordedNotThrown() throws Exception {
    s.server.reply(r -> { throw new IllegalStateException("boom"); });
    PairJudgment j = new PairwiseVerdictJudge("pairwise", false, 1, null, 256, null, false, false, false).judge(item, s.model);
    assertThat(j.ab().status()).isEqualTo(ParseStatus.CALL_FAILED);
    assertThat(j.ab().notes()).isNotEmpty();
    assertThat(j.winner()).isNull();
  }

  @Test
  void selfConsistencyTakesTheMajorityPerOrderAndReportsAgreement() throws Exception {
    AtomicInteger n = new AtomicInteger();
    // Per order: samples 0 and 1 favour the GOOD answer, sample 2 the other.
    s.server.reply(r -> {
      int sample = n.getAndIncrement() % 3;
      boolean goodFirst = JudgeServer.answerA(r).contains("GOOD");
      boolean pickFirst = sample < 2 == goodFirst;
      return FakeReply.text(pickFirst ? "[[A]]" : "[[B]]");
    });
    PairwiseVerdictJudge judge = new PairwiseVerdictJudge("pairwise", true, 3, null, 256, 7L, false, true, false);
    List<dev.assay.models.llm.ChatRequest> reqs = judge.requests(item);
    assertThat(reqs).hasSize(6);
    assertThat(reqs).extracting(dev.assay.models.llm.ChatRequest::sample).containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(reqs.get(0).params().temperature()).isEqualTo(0.7);
    // Run the requests one after another so the sample counter lines up with the request order.
    PairJudgment j = judge.judge(item, s.model);
    assertThat(j.winner()).isEqualTo("a");
    assertThat(j.ab().agreement()).isEqualTo(2.0 / 3);
    assertThat(j.ba().agreement()).isEqualTo(2.0 / 3);
    assertThat(j.ab().raw()).hasSize(3);
  }

  @Test
  void structuredOutputSendsTheSchemaAndReadsJson() throws Exception {
    s.server.replyText("{\"reasoning\": \"B is right\", \"verdict\": \"B\"}");
    PairJudgment j = new PairwiseVerdictJudge("pairwise", false, 1, null, 256, null, true, true, false).judge(item, s.model);
    assertThat(j.winner()).isEqualTo("b");
    assertThat(j.ab().rules()).containsExactly("json");
    var rf = s.server.requests().get(0).json().path("response_format");
    assertThat(rf.path("type").asString()).isEqualTo("json_schema");
    assertThat(rf.path("json_schema").path("schema").path("properties").has("verdict")).isTrue();
  }

  @Test
  void fastChatPairV2PromptGivesAWorkingJudge() throws Exception {
    String file = dev.assay.testkit.SharedData.path("mt_bench/judge_prompts.jsonl").toString();
    s.server.reply(r -> FakeReply.text(r.lastUserText().indexOf("GOOD") < r.lastUserText().indexOf("Assistant B's Answer]")
        ? "Assistant A is right. [[A]]" : "Assistant B is right. [[B]]"));
    PairwiseVerdictJudge judge = PairwiseVerdictJudge.defaults().withPrompt(file + "#pair-v2");
    PairJudgment j = judge.judge(item, s.model);
    assertThat(j.winner()).isEqualTo("a");
    assertThat(j.outcome()).isEqualTo(PairOutcome.CONSISTENT);
    var msgs = s.server.requests().get(0).json().path("messages");
    assertThat(msgs.get(0).path("role").asString()).isEqualTo("system");
    assertThat(msgs.get(1).path("content").asString()).startsWith("[User Question]\nName a prime number.");
    assertThat(JudgeRegistry.configOf(judge)).containsEntry("prompt", file + "#pair-v2");
    assertThat(judge.promptHash()).hasSize(64);
  }

  @Test
  void splitApiCombinesExchangesWithoutAModel() {
    PairwiseVerdictJudge judge = PairwiseVerdictJudge.defaults();
    assertThat(judge.requests(item)).hasSize(2);
    var reply = new dev.assay.models.llm.ChatResponse("[[A]]", "stop", null, List.of(), "m", true);
    var other = new dev.assay.models.llm.ChatResponse("[[A]]", "stop", null, List.of(), "m", true);
    PairJudgment j = judge.combine(item, List.of(Exchange.of(reply), Exchange.of(other)));
    assertThat(j.winner()).isEqualTo("tie");
    assertThat(j.modelCalls()).isZero(); // cached replies are not model calls
    assertThat(j.replies()).isEqualTo(2);
    assertThat(judge.repair(item, 0, reply)).isEmpty();
    var vague = new dev.assay.models.llm.ChatResponse("dunno", "stop", null, List.of(), "m", false);
    assertThat(judge.repair(item, 1, vague)).hasValueSatisfying(r -> {
      assertThat(r.messages().get(r.messages().size() - 1).content()).contains("[[A]]");
      assertThat(r.messages().get(1).content()).contains("8 is prime."); // order BA shows B first
    });
  }
}
