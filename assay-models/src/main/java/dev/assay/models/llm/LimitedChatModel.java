package dev.assay.models.llm;

import dev.assay.core.model.Message;
import dev.assay.models.http.TokenBucket;
import java.util.concurrent.Semaphore;

/**
 * The layer nearest the provider: at most {@code max_in_flight} requests outstanding, requests
 * and tokens per minute paced by token buckets, and every attempt written to the {@link
 * CallLedger}. One {@link #chat} is one attempt; a retry layer outside calls it again.
 *
 * <p>Tokens are estimated before the call (about four characters a token for the prompt, plus
 * {@code max_tokens} or 256 for the answer) and settled with the provider's reported usage
 * afterwards; a failed attempt gives its estimate back.
 *
 * <pre>{@code
 * ChatModel limited = new LimitedChatModel(provider, config, ledger);
 * }</pre>
 */
final class LimitedChatModel extends ChatModelLayer {
  static final int DEFAULT_ANSWER_ESTIMATE = 256;

  private final Semaphore inFlight;
  private final TokenBucket requests;
  private final TokenBucket tokens;
  private final ModelConfig.Prices prices;
  private final CallLedger ledger;

  LimitedChatModel(ChatModel inner, ModelConfig config, CallLedger ledger) {
    super(inner);
    this.inFlight = new Semaphore(config.maxInFlight(), true);
    ModelConfig.RateLimit rl = config.rateLimit();
    this.requests = rl == null || rl.requestsPerMinute() == null ? null : TokenBucket.perMinute(rl.requestsPerMinute());
    this.tokens = rl == null || rl.tokensPerMinute() == null ? null : TokenBucket.perMinute(rl.tokensPerMinute());
    this.prices = config.prices() == null ? new ModelConfig.Prices(0.0, 0.0) : config.prices();
    this.ledger = ledger;
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    long estimate = estimateTokens(request);
    inFlight.acquire();
    try {
      if (requests != null) {
        requests.acquire();
      }
      if (tokens != null) {
        tokens.acquire(estimate);
      }
      ledger.attempt();
      ChatResponse r;
      try {
        r = inner.chat(request);
      } catch (ModelCallException e) {
        if (tokens != null) {
          tokens.settle(-estimate);
        }
        throw e;
      }
      if (tokens != null && r.usage().total() > 0) {
        tokens.settle(r.usage().total() - estimate);
      }
      ledger.modelCall(r.usage(), prices.cost(r.usage()));
      return r;
    } finally {
      inFlight.release();
    }
  }

  /** About four characters a token for the prompt, plus the answer's cap (or 256). */
  static long estimateTokens(ChatRequest request) {
    long chars = 0;
    for (Message m : request.messages()) {
      chars += m.content().length() + 8;
    }
    Integer max = request.params().maxTokens();
    return chars / 4 + (max == null ? DEFAULT_ANSWER_ESTIMATE : max);
  }
}
