package dev.assay.models.toxicity.perspective;

import dev.assay.models.http.Backoff;
import dev.assay.models.http.TokenBucket;
import dev.assay.models.toxicity.ToxicityScorer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A {@link ToxicityScorer} backed by Google's Perspective API ({@code POST
 * .../v1alpha1/comments:analyze?key=...}), one request per text with {@code doNotStore: true}.
 * Attributes map to labels lower-cased ({@code TOXICITY -> toxicity}, {@code IDENTITY_ATTACK ->
 * identity_attack}).
 *
 * <p>Requests run on virtual threads, at most {@code maxInFlight} at once, paced by a token
 * bucket at {@code qps}. 429, 5xx, timeouts and broken connections are retried with exponential
 * backoff and jitter, honouring {@code Retry-After}; after the last retry a {@link
 * PerspectiveException} names the status and Google's message. A 400 (e.g. language not
 * supported) is not retried: that text scores NaN on every label and {@link #analyze} records
 * the error (see {@link PerspectiveResult}). Any other 4xx (bad key, quota disabled) and a 200
 * whose body is not the documented JSON throw at once. Blank texts score 0 and are not sent.
 *
 * <p>The API key is read from the environment variable {@link PerspectiveConfig#apiKeyEnv()} and
 * appears in no message, {@link #info()} or manifest.
 *
 * <pre>{@code
 * try (PerspectiveScorer s = new PerspectiveScorer(PerspectiveConfig.defaults())) {
 *   double tox = s.score(List.of("you are an idiot")).get(0).get("toxicity");
 * }
 * }</pre>
 */
public final class PerspectiveScorer implements ToxicityScorer {
  private final PerspectiveConfig config;
  private final String apiKey;
  private final URI endpoint;
  private final HttpClient http;
  private final TokenBucket bucket;
  private final Semaphore inFlight;
  private final Backoff backoff;

  /** A scorer reading its key from the process environment. */
  public PerspectiveScorer(PerspectiveConfig config) {
    this(config, System::getenv);
  }

  /**
   * A scorer reading its key through {@code env} (the process environment in production; tests
   * pass a map lookup).
   */
  public PerspectiveScorer(PerspectiveConfig config, Function<String, String> env) {
    this.config = config;
    String key = env.apply(config.apiKeyEnv());
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "Perspective API key: expected it in the environment variable " + config.apiKeyEnv() + ", found it unset or blank");
    }
    this.apiKey = key.strip();
    String base = config.baseUrl().toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/comments:analyze?key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.bucket = new TokenBucket(config.qps(), config.burst());
    this.inFlight = new Semaphore(config.maxInFlight(), true);
    this.backoff = Backoff.equal(config.initialBackoff(), config.maxBackoff());
  }

  @Override
  public String name() {
    return "perspective";
  }

  @Override
  public List<String> labels() {
    return config.labels();
  }

  /** The configuration (it holds no key). */
  public PerspectiveConfig config() {
    return config;
  }

  @Override
  public List<Map<String, Double>> score(List<String> texts) {
    return analyze(texts).stream().map(PerspectiveResult::scores).toList();
  }

  /**
   * Full results, one per text in input order: summary scores, span scores, per-text errors.
   *
   * @throws PerspectiveException when a request fails for good (the other requests are cancelled)
   */
  public List<PerspectiveResult> analyze(List<String> texts) {
    List<PerspectiveResult> out = new ArrayList<>(texts.size());
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<PerspectiveResult>> futures = new ArrayList<>(texts.size());
      for (String text : texts) {
        if (text == null || text.isBlank()) {
          futures.add(CompletableFuture.completedFuture(PerspectiveResult.zero(labels())));
        } else {
          futures.add(pool.submit(() -> bounded(text)));
        }
      }
      try {
        for (Future<PerspectiveResult> f : futures) {
          out.add(f.get());
        }
      } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(true));
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new PerspectiveException("Perspective request failed: " + scrub(e.getCause()), -1, "", e.getCause());
      } catch (InterruptedException e) {
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        throw new PerspectiveException("interrupted while waiting for Perspective", -1, "", e);
      }
    }
    return out;
  }

  private PerspectiveResult bounded(String text) throws InterruptedException {
    inFlight.acquire();
    try {
      return analyzeOne(text);
    } finally {
      inFlight.release();
    }
  }

  /** One text, with retries. */
  private PerspectiveResult analyzeOne(String text) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(config.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(PerspectiveJson.request(text, config), StandardCharsets.UTF_8))
        .build();
    String last = "";
    int lastStatus = -1;
    String lastErrorStatus = "";
    Optional<Duration> retryAfter = Optional.empty();
    int attempts = config.maxRetries() + 1;
    for (int attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        Duration d = backoff.delay(attempt - 1, retryAfter);
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      }
      bucket.acquire();
      HttpResponse<String> response;
      CompletableFuture<HttpResponse<String>> pending =
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      try {
        // the deadline covers the whole response, body included (HttpRequest.timeout stops at the headers)
        response = pending.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        pending.cancel(true);
        last = "no complete response within " + config.timeout().toMillis() + " ms";
        lastStatus = -1;
        lastErrorStatus = "";
        retryAfter = Optional.empty();
        continue;
      } catch (InterruptedException e) {
        pending.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof HttpTimeoutException) {
          last = "no complete response within " + config.timeout().toMillis() + " ms";
        } else if (c instanceof IOException) {
          last = "connection failed or response cut short (" + scrub(c) + ")";
        } else {
          throw new PerspectiveException("Perspective request failed: " + scrub(c), -1, "", c);
        }
        lastStatus = -1;
        lastErrorStatus = "";
        retryAfter = Optional.empty();
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return PerspectiveJson.response(response.body(), config);
      }
      String[] err = PerspectiveJson.error(response.body());
      String described = "HTTP " + status + (err[0].isEmpty() ? "" : " " + err[0]) + (err[1].isEmpty() ? "" : ": " + err[1]);
      if (status == 400) {
        return PerspectiveResult.failed(labels(), described);
      }
      if (status != 429 && status < 500) {
        throw new PerspectiveException("Perspective rejected the request (not retried): " + described, status, err[0], null);
      }
      last = described;
      lastStatus = status;
      lastErrorStatus = err[0];
      retryAfter = Backoff.retryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
      if (retryAfter.isPresent() && retryAfter.get().compareTo(config.maxRetryAfter()) > 0) {
        throw new PerspectiveException(
            "Perspective asked to retry after " + retryAfter.get().toSeconds() + " s, more than the configured maximum of "
                + config.maxRetryAfter().toSeconds() + " s; last: " + described,
            status, err[0], null);
      }
    }
    throw new PerspectiveException(
        "Perspective request failed after " + attempts + " attempt(s); last: " + last, lastStatus, lastErrorStatus, null);
  }

  private String scrub(Throwable t) {
    String m = t == null ? "" : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    return m.replace(apiKey, "***").replace(URLEncoder.encode(apiKey, StandardCharsets.UTF_8), "***");
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scorer", name());
    m.put("endpoint", config.baseUrl().toString().replaceAll("/+$", "") + "/comments:analyze");
    m.put("attributes", config.attributes());
    m.put("labels", labels());
    m.put("languages", config.languages());
    m.put("doNotStore", true);
    m.put("qps", config.qps());
    m.put("burst", config.burst());
    m.put("maxInFlight", config.maxInFlight());
    m.put("maxRetries", config.maxRetries());
    m.put("timeoutMs", config.timeout().toMillis());
    m.put("apiKeyEnv", config.apiKeyEnv());
    return m;
  }

  @Override
  public void close() {
    http.close();
  }
}
