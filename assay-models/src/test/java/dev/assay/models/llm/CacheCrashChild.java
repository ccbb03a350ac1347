package dev.assay.models.llm;

import dev.assay.core.model.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The process {@link ResponseCacheCrashTest} kills with SIGKILL: asks {@code n} distinct prompts
 * through a cached model, {@code inFlight} at a time. Arguments: base URL, cache file, n, in flight.
 */
final class CacheCrashChild {
  private CacheCrashChild() {}

  public static void main(String[] args) throws Exception {
    ModelConfig cfg = ModelConfig.of("openai", "judge-1", args[0], null).withMaxInFlight(Integer.parseInt(args[3]));
    int n = Integer.parseInt(args[2]);
    try (ResponseCache cache = ResponseCache.open(Path.of(args[1]));
        ChatModel m = ChatModels.open(cfg, cache, new CallLedger(), k -> null);
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ChatResponse>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ChatRequest r = ChatRequest.of(List.of(Message.user("q" + i)), GenerationParams.DEFAULT);
        fs.add(pool.submit(() -> m.chat(r)));
      }
      for (Future<ChatResponse> f : fs) {
        f.get();
      }
    }
  }
}
