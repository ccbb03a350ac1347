package dev.assay.models.llm;

import dev.assay.models.http.Backoff;
import dev.assay.models.llm.ModelCallException.Kind;
import java.time.Duration;
import java.util.Optional;

/**
 * Retries failed attempts: 429, 5xx, timeouts and connection errors up to {@code max_retries}
 * times, an unparsable 2xx body up to {@code malformed_retries} times, never a 4xx other than 429.
 * Waits exponential backoff with full jitter between attempts, or exactly the server's {@code
 * Retry-After} when it sent one; a {@code Retry-After} longer than {@code max_retry_after} fails
 * at once rather than stall the run. The final failure names the number of attempts and is
 * written to the {@link CallLedger}.
 *
 * <pre>{@code
 * ChatModel resilient = new RetryingChatModel(new LimitedChatModel(provider, cfg, ledger), cfg, ledger);
 * }</pre>
 */
final class RetryingChatModel extends ChatModelLayer {
  private final Backoff backoff;
  private final int maxRetries;
  private final int malformedRetries;
  private final Duration maxRetryAfter;
  private final CallLedger ledger;

  RetryingChatModel(ChatModel inner, ModelConfig config, CallLedger ledger) {
    super(inner);
    this.backoff = Backoff.full(config.backoffInitialDuration(), config.backoffMaxDuration());
    this.maxRetries = config.maxRetries();
    this.malformedRetries = config.malformedRetries();
    this.maxRetryAfter = config.maxRetryAfterDuration();
    this.ledger = ledger;
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    int retries = 0;
    int malformed = 0;
    for (int attempt = 1; ; attempt++) {
      try {
        return inner.chat(request);
      } catch (ModelCallException e) {
        boolean again = switch (e.kind()) {
          case RATE_LIMITED, SERVER, TIMEOUT, NETWORK -> retries < maxRetries;
          case MALFORMED -> malformed < malformedRetries;
          case CLIENT, BUDGET -> false;
        };
        Optional<Duration> retryAfter = e.retryAfter();
        if (again && retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
          ledger.failure(e.kind());
          throw new ModelCallException(e.kind(), e.status(), e.getMessage() + "; the server asked to retry after "
              + retryAfter.get().toMillis() + " ms, more than max_retry_after (" + maxRetryAfter.toMillis() + " ms)",
              e, retryAfter.get());
        }
        if (!again) {
          ledger.failure(e.kind());
          if (attempt == 1) {
            throw e;
          }
          throw new ModelCallException(e.kind(), e.status(),
              e.getMessage() + " (after " + attempt + " attempts)", e, retryAfter.orElse(null));
        }
        Duration wait = backoff.delay(retries + malformed, retryAfter);
        if (e.kind() == Kind.MALFORMED) {
          malformed++;
        } else {
          retries++;
        }
        ledger.retry(e.kind());
        if (!wait.isZero()) {
          Thread.sleep(wait);
        }
      }
    }
  }
}
