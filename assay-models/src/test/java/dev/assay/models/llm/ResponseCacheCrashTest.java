package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.model.Message;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of a run loses only the calls in flight: every
 * answer it had received is in the cache file, the file is intact, and a second run asks the
 * model only for the rest.
 */
class ResponseCacheCrashTest {
  @TempDir Path dir;

  @Test
  void killNineLosesAtMostTheCallsInFlight() throws Exception {
    int n = 300;
    int inFlight = 8;
    Path file = dir.resolve(ResponseCache.FILE_NAME);
    try (FakeLlmServer server = FakeLlmServer.start().latency(Duration.ofMillis(20)).replyText("[[B]]")) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          CacheCrashChild.class.getName(), server.openAiBaseUrl(), file.toString(), String.valueOf(n), String.valueOf(inFlight))
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile())
          .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (server.requestCount() < 100 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      int sent = server.requestCount();
      assertThat(sent).as("killed mid-run").isBetween(100, n - 1);

      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      long kept;
      try (ResponseCache cache = ResponseCache.open(file)) {
        kept = cache.size();
      }
      // requests the server had received but not answered, or whose answers were not yet stored
      assertThat(kept).isBetween((long) sent - inFlight - 1, (long) sent);

      server.reset().latency(Duration.ZERO);
      CallLedger ledger = new CallLedger();
      try (ResponseCache cache = ResponseCache.open(file);
          ChatModel m = ChatModels.open(ModelConfig.of("openai", "judge-1", server.openAiBaseUrl(), null)
              .withMaxInFlight(64), cache, ledger, k -> null)) {
        for (int i = 0; i < n; i++) {
          m.chat(ChatRequest.of(List.of(Message.user("q" + i)), GenerationParams.DEFAULT));
        }
      }
      assertThat(ledger.cacheHits()).isEqualTo(kept);
      assertThat(ledger.modelCalls()).isEqualTo(n - kept);
      assertThat(server.requestCount()).isEqualTo(n - kept);
    }
  }
}
