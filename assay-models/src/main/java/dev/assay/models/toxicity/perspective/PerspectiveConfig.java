package dev.assay.models.toxicity.perspective;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Configuration of a {@link PerspectiveScorer}. The API key itself is never part of the
 * configuration: only the name of the environment variable that holds it, so a config can be
 * written to a manifest as it is.
 *
 * <pre>{@code
 * PerspectiveConfig cfg = PerspectiveConfig.defaults()
 *     .withAttributes(List.of("TOXICITY", "IDENTITY_ATTACK", "INSULT"))
 *     .withLanguages(List.of("en"))
 *     .withQps(1.0);
 * try (PerspectiveScorer s = new PerspectiveScorer(cfg)) { ... }
 * }</pre>
 *
 * @param apiKeyEnv environment variable holding the API key (default {@code PERSPECTIVE_API_KEY})
 * @param baseUrl API root; {@code /comments:analyze} is appended (tests and proxies change it)
 * @param attributes Perspective attribute names requested (upper case, must include TOXICITY)
 * @param languages ISO/BCP-47 codes sent as {@code languages}; empty lets the server detect
 * @param qps sustained requests per second (Perspective's default quota is 1)
 * @param burst requests allowed at once after an idle period (token bucket capacity)
 * @param maxInFlight most requests outstanding at the same time
 * @param maxRetries retries after the first attempt on 429, 5xx, timeouts and broken connections
 * @param timeout per-request timeout (also the connect timeout)
 * @param initialBackoff first backoff delay; doubles per retry, with jitter
 * @param maxBackoff cap on one backoff delay (a server's {@code Retry-After} is honoured up to
 *     {@code maxRetryAfter})
 * @param maxRetryAfter longest {@code Retry-After} the client will wait before giving up early
 */
public record PerspectiveConfig(
    String apiKeyEnv,
    URI baseUrl,
    List<String> attributes,
    List<String> languages,
    double qps,
    int burst,
    int maxInFlight,
    int maxRetries,
    Duration timeout,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter) {

  /** The public endpoint root. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://commentanalyzer.googleapis.com/v1alpha1");

  /** The default environment variable for the key. */
  public static final String DEFAULT_API_KEY_ENV = "PERSPECTIVE_API_KEY";

  public PerspectiveConfig {
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (apiKeyEnv.isBlank()) {
      throw new IllegalArgumentException("apiKeyEnv: expected an environment variable name, found a blank string");
    }
    attributes = attributes.stream().map(a -> a.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    languages = List.copyOf(languages);
    if (!attributes.contains("TOXICITY")) {
      throw new IllegalArgumentException("attributes: expected TOXICITY among them, found " + attributes);
    }
    if (!(qps > 0) || Double.isInfinite(qps)) {
      throw new IllegalArgumentException("qps: expected a positive number, found " + qps);
    }
    if (burst < 1 || maxInFlight < 1 || maxRetries < 0) {
      throw new IllegalArgumentException(
          "burst and maxInFlight must be >= 1 and maxRetries >= 0, found " + burst + ", " + maxInFlight + ", " + maxRetries);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: expected a positive duration, found " + timeout);
    }
  }

  /** TOXICITY and IDENTITY_ATTACK, English, 1 QPS, 4 in flight, 5 retries, 30 s timeout. */
  public static PerspectiveConfig defaults() {
    return new PerspectiveConfig(
        DEFAULT_API_KEY_ENV,
        DEFAULT_BASE_URL,
        List.of("TOXICITY", "IDENTITY_ATTACK"),
        List.of("en"),
        1.0,
        1,
        4,
        5,
        Duration.ofSeconds(30),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(120));
  }

  /** Our label for a Perspective attribute: {@code TOXICITY -> toxicity}, others lower-cased. */
  public static String label(String attribute) {
    return attribute.toLowerCase(Locale.ROOT);
  }

  /** The labels in attribute order. */
  public List<String> labels() {
    return attributes.stream().map(PerspectiveConfig::label).toList();
  }

  public PerspectiveConfig withApiKeyEnv(String v) {
    return new PerspectiveConfig(v, baseUrl, attributes, languages, qps, burst, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withBaseUrl(URI v) {
    return new PerspectiveConfig(apiKeyEnv, v, attributes, languages, qps, burst, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withAttributes(List<String> v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, v, languages, qps, burst, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withLanguages(List<String> v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, v, qps, burst, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withQps(double v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, v, burst, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withBurst(int v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, qps, v, maxInFlight, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withMaxInFlight(int v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, qps, burst, v, maxRetries, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withMaxRetries(int v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, qps, burst, maxInFlight, v, timeout, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withTimeout(Duration v) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, qps, burst, maxInFlight, maxRetries, v, initialBackoff, maxBackoff, maxRetryAfter);
  }

  public PerspectiveConfig withBackoff(Duration initial, Duration max) {
    return new PerspectiveConfig(apiKeyEnv, baseUrl, attributes, languages, qps, burst, maxInFlight, maxRetries, timeout, initial, max, maxRetryAfter);
  }
}
