package dev.assay.bench.llm;

import dev.assay.core.model.Message;
import dev.assay.models.llm.CallLedger;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatModels;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.ModelConfig;
import dev.assay.models.llm.ResponseCache;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue-6 speed benchmark: drives N chat requests through {@link ChatModels} (the full client
 * stack: limits, retries, budget, optional response cache) against a local OpenAI-protocol server
 * ({@link FakeLlmServer}) that answers after a fixed latency, with a max-in-flight limit, and
 * reports requests per second and the overhead per call beyond the ideal {@code requests /
 * in-flight x latency}. {@code --bare} uses the provider client alone (one HTTP attempt per call,
 * in-flight bounded by a semaphore here) to show what the layers cost.
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' dev.assay.bench.llm.ChatThroughputBench \
 *     --requests 10000 --in-flight 64 --latency-ms 50 [--cache DIR] [--server http://127.0.0.1:PORT/v1] [--bare]
 * }</pre>
 */
public final class ChatThroughputBench {
  private static boolean BARE;

  private ChatThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int requests = 10_000;
    int inFlight = 64;
    int latencyMs = 50;
    int warmup = 500;
    Path cacheDir = null;
    String external = null;
    boolean bare = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
        case "--latency-ms" -> latencyMs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--cache" -> cacheDir = Path.of(args[++i]);
        case "--server" -> external = args[++i];
        case "--bare" -> bare = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    FakeLlmServer server = null;
    String base = external;
    if (base == null) {
      server = FakeLlmServer.start().latency(Duration.ofMillis(latencyMs)).replyText("[[A]]").recordRequests(false);
      base = server.openAiBaseUrl();
    }
    ModelConfig config = ModelConfig.of("openai", "fake-judge", base, null).withMaxInFlight(inFlight).withTimeout("30s");
    try {
      BARE = bare;
      run("warm-up", warmup, inFlight, latencyMs, config, null, 0);
      ResponseCache cache = null;
      if (cacheDir != null) {
        Files.createDirectories(cacheDir);
        Files.deleteIfExists(cacheDir.resolve(ResponseCache.FILE_NAME));
        cache = ResponseCache.open(cacheDir.resolve(ResponseCache.FILE_NAME));
      }
      run("measured", requests, inFlight, latencyMs, config, cache, 1);
      if (cache != null) {
        cache.close();
      }
    } finally {
      if (server != null) {
        System.out.printf("server peak concurrent requests: %d%n", server.peakConcurrent());
        server.close();
      }
    }
  }

  private static void run(String label, int n, int inFlight, int latencyMs, ModelConfig config, ResponseCache cache, int salt)
      throws Exception {
    CallLedger ledger = new CallLedger();
    long[] latencies = new long[n];
    AtomicLong failures = new AtomicLong();
    long start;
    long wall;
    java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(inFlight);
    try (ChatModel model = BARE ? ChatModels.provider(config, null) : ChatModels.open(config, cache, ledger, k -> null)) {
      start = System.nanoTime();
      try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < n; i++) {
          int k = i;
          exec.submit(() -> {
            if (BARE) {
              slots.acquire();
            }
            long t = System.nanoTime();
            try {
              // distinct prompts, so that a cache (when on) stores every answer and serves none
              model.chat(ChatRequest.of(
                  List.of(Message.user("Which answer is better? pair " + salt + "-" + k + " [[A]] or [[B]]")), GenerationParams.DEFAULT));
            } catch (Exception e) {
              failures.incrementAndGet();
            } finally {
              if (BARE) {
                slots.release();
              }
            }
            latencies[k] = System.nanoTime() - t;
            return null;
          });
        }
      }
      wall = System.nanoTime() - start;
    }
    double seconds = wall / 1e9;
    double ideal = Math.ceil((double) n / inFlight) * latencyMs / 1000.0;
    double overheadMs = (seconds - ideal) * 1000.0 * inFlight / n;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: %d requests, in-flight %d, latency %d ms: wall %.3f s (ideal %.3f s, %+.1f%%), %.0f req/s,"
            + " overhead %.3f ms/call over ideal; per-call latency p50 %.2f ms, p99 %.2f ms;"
            + " model_calls %d, failures %d%s%s%n",
        label, n, inFlight, latencyMs, seconds, ideal, 100 * (seconds - ideal) / ideal, n / seconds, overheadMs,
        sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6, ledger.modelCalls(), failures.get(),
        cache == null ? "" : ", with response cache (SQLite)", BARE ? ", bare provider client (no limits/retries layers)" : "");
  }
}
