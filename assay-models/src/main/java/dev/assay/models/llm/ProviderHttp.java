package dev.assay.models.llm;

import dev.assay.models.http.Backoff;
import dev.assay.models.llm.ModelCallException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One JSON POST with a deadline on the whole answer (headers and body), its failures classified
 * into {@link ModelCallException.Kind}s. Shared by the provider clients; retries live elsewhere.
 */
final class ProviderHttp implements AutoCloseable {
  private final HttpClient http;
  private final Duration timeout;
  private final String name;

  /** A client for {@code name} (such as {@code openai gpt-4o}) with this per-request timeout. */
  ProviderHttp(String name, Duration timeout) {
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout: expected a positive duration, found " + timeout);
    }
    this.name = name;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Posts {@code json} and returns the 2xx body.
   *
   * @param errorMessage extracts the provider's error text from a non-2xx body
   * @throws ModelCallException TIMEOUT, NETWORK, MALFORMED (2xx cut short), RATE_LIMITED, SERVER, CLIENT
   */
  String post(URI uri, Map<String, String> headers, String json, java.util.function.Function<String, String> errorMessage)
      throws ModelCallException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    AtomicInteger seenStatus = new AtomicInteger();
    HttpResponse.BodyHandler<String> handler = info -> {
      seenStatus.set(info.statusCode());
      return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    };
    String where = name + " (POST " + uri + ")";
    CompletableFuture<HttpResponse<String>> pending = http.sendAsync(b.build(), handler);
    HttpResponse<String> response;
    try {
      response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new ModelCallException(Kind.TIMEOUT, seenStatus.get(),
          where + ": no complete answer within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw classify(e.getCause(), seenStatus.get(), where);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return response.body();
    }
    String detail = errorMessage.apply(response.body());
    Duration retryAfter = Backoff.retryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
        .orElse(null);
    Kind kind = status == 429 ? Kind.RATE_LIMITED
        : status == 408 ? Kind.TIMEOUT
        : status >= 500 ? Kind.SERVER
        : Kind.CLIENT;
    throw new ModelCallException(kind, status, where + ": HTTP " + status + (detail.isEmpty() ? "" : ": " + detail), null,
        retryAfter);
  }

  private ModelCallException classify(Throwable c, int status, String where) {
    if (c instanceof HttpConnectTimeoutException) {
      return new ModelCallException(Kind.TIMEOUT, 0, where + ": could not connect within " + timeout.toMillis() + " ms", c);
    }
    if (c instanceof HttpTimeoutException) {
      return new ModelCallException(Kind.TIMEOUT, status, where + ": no complete answer within " + timeout.toMillis() + " ms", c);
    }
    if (status / 100 == 2) {
      return new ModelCallException(Kind.MALFORMED, status,
          where + ": HTTP " + status + " but the body was cut short (" + describe(c) + ")", c);
    }
    if (c instanceof ConnectException) {
      return new ModelCallException(Kind.NETWORK, 0, where + ": connection refused (" + describe(c) + ")", c);
    }
    if (c instanceof IOException) {
      return new ModelCallException(Kind.NETWORK, status, where + ": connection failed (" + describe(c) + ")", c);
    }
    return new ModelCallException(Kind.NETWORK, status, where + ": request failed (" + describe(c) + ")", c);
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  @Override
  public void close() {
    http.shutdownNow();
  }
}
