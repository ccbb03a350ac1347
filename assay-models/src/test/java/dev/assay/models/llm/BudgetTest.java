package dev.assay.models.llm;

import static dev.assay.models.llm.FastConfigs.ask;
import static dev.assay.models.llm.FastConfigs.openAi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.models.llm.ModelCallException.Kind;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost accounting from config prices and the budget stop. */
class BudgetTest {
  @TempDir Path dir;
  private final FakeLlmServer server = FakeLlmServer.start().reply(r -> FakeReply.text("ok").withUsage(30, 10));
  private final CallLedger ledger = new CallLedger();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aCostCapStopsFurtherCallsButNotCacheHits() throws Exception {
    // 30 x 1000 + 10 x 2000 per million = 0.05 USD a call; the third call finds 0.10 spent
    ModelConfig cfg = openAi(server)
        .withPrices(new ModelConfig.Prices(1000.0, 2000.0))
        .withBudget(new ModelConfig.Budget(0.1, null));
    try (ResponseCache cache = ResponseCache.open(dir.resolve("c.sqlite"));
        ChatModel m = ChatModels.open(cfg, cache, ledger, k -> null)) {
      m.chat(ask("1"));
      m.chat(ask("2"));
      assertThat(ledger.costUsd()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
      assertThatThrownBy(() -> m.chat(ask("3"))).isInstanceOfSatisfying(ModelCallException.class, e -> {
        assertThat(e.kind()).isEqualTo(Kind.BUDGET);
        assertThat(e.retryableLater()).isTrue();
        assertThat(e.getMessage()).contains("budget spent", "max_cost_usd");
      });
      assertThat(m.chat(ask("1")).cached()).as("paid-for answers are still served").isTrue();
    }
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(ledger.toMap())
        .containsEntry("model_calls", 2L)
        .containsEntry("cache_hits", 1L)
        .containsEntry("input_tokens", 60L)
        .containsEntry("output_tokens", 20L)
        .containsEntry("cost_usd", 0.1)
        .containsEntry("failures", java.util.Map.of("budget", 1L));
  }

  @Test
  void aTokenCapStopsTheRun() throws Exception {
    ModelConfig cfg = openAi(server).withBudget(new ModelConfig.Budget(null, 100L));
    try (ChatModel m = ChatModels.open(cfg, null, ledger, k -> null)) {
      for (int i = 0; i < 3; i++) {
        m.chat(ask("q" + i));
      }
      assertThatThrownBy(() -> m.chat(ask("q3"))).extracting(FastConfigs::kindOf).isEqualTo(Kind.BUDGET);
    }
    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(ledger.totalTokens()).isEqualTo(120);
  }
}
