package dev.assay.models.llm;

import dev.assay.models.llm.ModelCallException.Kind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * What a run's model calls cost: thread-safe counters shared by the layers {@link ChatModels#open}
 * builds (one ledger per run; several models may share it).
 *
 * <ul>
 *   <li>{@code model_calls}: requests that reached the model and came back with a usable answer
 *       (a retried request counts once, when it succeeds);
 *   <li>{@code cache_hits}: requests answered without a model call (from the response cache, or
 *       by an identical request already in flight);
 *   <li>{@code attempts}: HTTP requests sent, successful or not;
 *   <li>{@code retries}: retries by cause ({@code rate_limited}, {@code server}, {@code timeout},
 *       {@code network}, {@code malformed});
 *   <li>{@code failures}: requests that failed for good, by kind ({@code budget} included);
 *   <li>{@code input_tokens}, {@code output_tokens}: as reported by the provider for model calls;
 *   <li>{@code cost_usd}: from the prices in each model's config.
 * </ul>
 *
 * <pre>{@code
 * CallLedger ledger = new CallLedger();
 * try (ChatModel m = ChatModels.open(cfg, cache, ledger)) { ... }
 * manifest.put("model_calls", ledger.modelCalls());
 * manifest.put("calls", ledger.toMap());
 * }</pre>
 */
public final class CallLedger {
  private final AtomicLong modelCalls = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong inputTokens = new AtomicLong();
  private final AtomicLong outputTokens = new AtomicLong();
  private final DoubleAdder cost = new DoubleAdder();
  private final AtomicLongArray retries = new AtomicLongArray(Kind.values().length);
  private final AtomicLongArray failures = new AtomicLongArray(Kind.values().length);

  /** One HTTP request is about to be sent. */
  public void attempt() {
    attempts.incrementAndGet();
  }

  /** A model call succeeded with this usage and cost. */
  public void modelCall(Usage usage, double costUsd) {
    modelCalls.incrementAndGet();
    inputTokens.addAndGet(usage.inputTokens());
    outputTokens.addAndGet(usage.outputTokens());
    cost.add(costUsd);
  }

  /** A request was answered without a model call. */
  public void cacheHit() {
    cacheHits.incrementAndGet();
  }

  /** A failed attempt of this kind will be retried. */
  public void retry(Kind cause) {
    retries.incrementAndGet(cause.ordinal());
  }

  /** A request failed for good. */
  public void failure(Kind kind) {
    failures.incrementAndGet(kind.ordinal());
  }

  public long modelCalls() {
    return modelCalls.get();
  }

  public long cacheHits() {
    return cacheHits.get();
  }

  public long attempts() {
    return attempts.get();
  }

  public long inputTokens() {
    return inputTokens.get();
  }

  public long outputTokens() {
    return outputTokens.get();
  }

  public long totalTokens() {
    return inputTokens.get() + outputTokens.get();
  }

  public double costUsd() {
    return cost.sum();
  }

  public long retries(Kind cause) {
    return retries.get(cause.ordinal());
  }

  public long failures(Kind kind) {
    return failures.get(kind.ordinal());
  }

  /** Retries by cause, zero counts left out. */
  public Map<Kind, Long> retries() {
    return nonZero(retries);
  }

  /** Failures by kind, zero counts left out. */
  public Map<Kind, Long> failures() {
    return nonZero(failures);
  }

  /** Every counter, snake_case keys, for a run manifest. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model_calls", modelCalls());
    m.put("cache_hits", cacheHits());
    m.put("attempts", attempts());
    m.put("retries", named(retries()));
    m.put("failures", named(failures()));
    m.put("input_tokens", inputTokens());
    m.put("output_tokens", outputTokens());
    m.put("cost_usd", Math.round(costUsd() * 1e6) / 1e6);
    return m;
  }

  private static Map<Kind, Long> nonZero(AtomicLongArray a) {
    Map<Kind, Long> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      long v = a.get(k.ordinal());
      if (v > 0) {
        m.put(k, v);
      }
    }
    return m;
  }

  private static Map<String, Long> named(Map<Kind, Long> m) {
    Map<String, Long> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.name().toLowerCase(Locale.ROOT), v));
    return out;
  }

  @Override
  public String toString() {
    return "CallLedger" + toMap();
  }
}
