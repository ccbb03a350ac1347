package dev.assay.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatModels;
import dev.assay.models.llm.ModelConfig;
import dev.assay.models.llm.ResponseCache;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests of a judge are deterministic, so a second run through the SQLite response cache
 * asks the model nothing: first replies, repair requests and self-consistency samples included.
 */
class CachedRerunTest {
  @TempDir Path dir;

  @Test
  void secondRunIsServedFromTheCache() throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start()) {
      // Every other first request answers vaguely (needs a repair); the rest give a verdict.
      AtomicInteger firsts = new AtomicInteger();
      server.reply(r -> JudgeServer.isRepair(r) || firsts.getAndIncrement() % 2 == 1 ? FakeReply.text("[[A]]") : FakeReply.text("hmm"));
      ModelConfig config = ModelConfig.of("openai", "judge-model", server.openAiBaseUrl(), null);
      PairwiseVerdictJudge judge = new PairwiseVerdictJudge("pairwise", true, 2, null, 256, 1L, false, true, false);
      PairItem item = PairItem.of("c1", "Pick one.", "GOOD answer", "other answer");
      PairJudgment first;
      try (ResponseCache cache = ResponseCache.open(dir.resolve(ResponseCache.FILE_NAME));
          ChatModel model = ChatModels.open(config, cache)) {
        first = judge.judge(item, model);
      }
      int asked = server.requestCount();
      assertThat(first.modelCalls()).isEqualTo(asked).isEqualTo(first.replies());
      assertThat(asked).isEqualTo(6); // 4 requests, 2 of them repaired
      assertThat(first.ab().status()).isEqualTo(dev.assay.eval.verdict.ParseStatus.REPAIRED);

      PairJudgment again;
      try (ResponseCache cache = ResponseCache.open(dir.resolve(ResponseCache.FILE_NAME));
          ChatModel model = ChatModels.open(config, cache)) {
        again = judge.judge(item, model);
      }
      assertThat(server.requestCount()).isEqualTo(asked);
      assertThat(again.modelCalls()).isZero();
      assertThat(again.replies()).isEqualTo(first.replies());
      assertThat(again.winner()).isEqualTo(first.winner());
      assertThat(again.ab().raw()).isEqualTo(first.ab().raw());
    }
  }
}
