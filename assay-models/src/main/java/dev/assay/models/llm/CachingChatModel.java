package dev.assay.models.llm;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Serves answers from a {@link ResponseCache} and stores each new answer as soon as it arrives.
 * Identical requests in flight at the same time make one call (single-flight): the others wait
 * for it and get its answer, counted as cache hits; if that call fails, they fail the same way
 * (if its thread is interrupted, one of them makes the call instead).
 *
 * <pre>{@code
 * ChatModel cached = new CachingChatModel(resilient, cache, ledger);
 * }</pre>
 */
final class CachingChatModel extends ChatModelLayer {
  private final ResponseCache cache;
  private final CallLedger ledger;
  private final ConcurrentHashMap<String, CompletableFuture<ChatResponse>> inFlight = new ConcurrentHashMap<>();

  CachingChatModel(ChatModel inner, ResponseCache cache, CallLedger ledger) {
    super(inner);
    this.cache = cache;
    this.ledger = ledger;
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    String key = CacheKey.of(provider(), model(), request);
    CompletableFuture<ChatResponse> mine = new CompletableFuture<>();
    CompletableFuture<ChatResponse> other;
    while ((other = inFlight.putIfAbsent(key, mine)) != null) {
      ChatResponse shared = await(other);
      if (shared != null) {
        return shared;
      }
      // the thread making the call was interrupted (its run was cancelled, not ours): try again
    }
    try {
      Optional<ChatResponse> hit = cache.get(key);
      if (hit.isPresent()) {
        ledger.cacheHit();
        mine.complete(hit.get());
        return hit.get();
      }
      ChatResponse r = inner.chat(request);
      cache.put(key, provider(), model(), r);
      mine.complete(r.asCached());
      return r;
    } catch (ModelCallException | InterruptedException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** The answer of an identical call in flight; null when that caller was interrupted. */
  private ChatResponse await(CompletableFuture<ChatResponse> other) throws ModelCallException, InterruptedException {
    try {
      ChatResponse r = other.get();
      ledger.cacheHit();
      return r;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ModelCallException m) {
        throw new ModelCallException(m.kind(), m.status(), m.getMessage(), m, m.retryAfter().orElse(null));
      }
      if (c instanceof InterruptedException) {
        return null;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(c);
    }
  }
}
