package dev.assay.models.llm;

import dev.assay.core.AssayInputException;
import dev.assay.core.config.ConfigLoader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How to reach one chat model, loaded from YAML (snake_case keys, {@code ${ENV}} substitution,
 * {@code file:line} errors). API keys never appear in the file: only the name of the environment
 * variable that holds one.
 *
 * <pre>{@code
 * provider: openai                # openai (any OpenAI-compatible server) | anthropic | ollama
 * model: gpt-4o-mini
 * base_url: https://api.openai.com/v1
 * api_key_env: OPENAI_API_KEY
 * temperature: 0
 * max_tokens: 512
 * seed: 42
 * timeout: 60s                    # per request, whole body included
 * max_retries: 5
 * max_in_flight: 32
 * rate_limit: {requests_per_minute: 500, tokens_per_minute: 200000}
 * prices: {input_per_million: 0.15, output_per_million: 0.60}
 * budget: {max_cost_usd: 5.00}
 * }</pre>
 *
 * {@code ModelConfig cfg = ModelConfig.load(Path.of("judge.yaml"));}
 *
 * @param provider {@code openai}, {@code anthropic} or {@code ollama}
 * @param model the model id sent to the provider
 * @param baseUrl API root; defaults per provider (OpenAI's includes {@code /v1})
 * @param apiKeyEnv environment variable holding the API key; null sends no key
 * @param temperature default sampling temperature (a request's own value wins)
 * @param maxTokens default cap on generated tokens
 * @param seed default sampling seed
 * @param topP default nucleus mass
 * @param topLogprobs default number of top logprobs to request
 * @param stop default stop sequences
 * @param timeout per-request timeout such as {@code 30s}, {@code 500ms}, {@code 2m} (default 60s)
 * @param maxRetries retries after the first attempt on 429, 5xx, timeouts, network errors (default 5)
 * @param malformedRetries retries of a 2xx answer whose body cannot be parsed (default 2)
 * @param maxInFlight most requests outstanding at once (default 16)
 * @param backoffInitial first backoff delay before jitter (default 500ms)
 * @param backoffMax cap on one backoff delay (default 30s)
 * @param maxRetryAfter longest {@code Retry-After} honoured; longer fails at once (default 120s)
 * @param rateLimit requests and tokens per minute, or null for none
 * @param prices USD per million tokens, for cost accounting, or null for zero cost
 * @param budget a run's cap on cost or tokens, or null for none
 */
public record ModelConfig(
    @NotBlank @Pattern(regexp = "openai|anthropic|ollama", message = "must be one of openai, anthropic, ollama")
        String provider,
    @NotBlank String model,
    @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String baseUrl,
    @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*", message = "must be an environment variable name") String apiKeyEnv,
    @DecimalMin("0") @DecimalMax("2") Double temperature,
    @Min(1) Integer maxTokens,
    Long seed,
    @DecimalMin("0") @DecimalMax("1") Double topP,
    @Min(0) @Max(20) Integer topLogprobs,
    List<String> stop,
    @Pattern(regexp = Durations.PATTERN, message = Durations.MESSAGE) String timeout,
    @Min(0) @Max(100) Integer maxRetries,
    @Min(0) @Max(10) Integer malformedRetries,
    @Min(1) @Max(100_000) Integer maxInFlight,
    @Pattern(regexp = Durations.PATTERN, message = Durations.MESSAGE) String backoffInitial,
    @Pattern(regexp = Durations.PATTERN, message = Durations.MESSAGE) String backoffMax,
    @Pattern(regexp = Durations.PATTERN, message = Durations.MESSAGE) String maxRetryAfter,
    @Valid RateLimit rateLimit,
    @Valid Prices prices,
    @Valid Budget budget) {

  /**
   * Limits per minute; either may be null.
   *
   * @param requestsPerMinute requests started per minute
   * @param tokensPerMinute prompt + completion tokens per minute (estimated before a call, settled after)
   */
  public record RateLimit(@Min(1) Long requestsPerMinute, @Min(1) Long tokensPerMinute) {}

  /**
   * Prices in USD per million tokens.
   *
   * @param inputPerMillion prompt tokens
   * @param outputPerMillion completion tokens
   */
  public record Prices(@DecimalMin("0") Double inputPerMillion, @DecimalMin("0") Double outputPerMillion) {
    public Prices {
      inputPerMillion = inputPerMillion == null ? 0.0 : inputPerMillion;
      outputPerMillion = outputPerMillion == null ? 0.0 : outputPerMillion;
    }

    /** The cost of some usage in USD. */
    public double cost(Usage u) {
      return (u.inputTokens() * inputPerMillion + u.outputTokens() * outputPerMillion) / 1e6;
    }
  }

  /**
   * A run's spending cap; either may be null.
   *
   * @param maxCostUsd stop calling the model once this much has been spent
   * @param maxTokens stop calling the model once this many tokens (in + out) were used
   */
  public record Budget(@DecimalMin("0") Double maxCostUsd, @Min(0) Long maxTokens) {}

  public ModelConfig {
    if (baseUrl == null && provider != null) {
      baseUrl = switch (provider) {
        case "openai" -> "https://api.openai.com/v1";
        case "anthropic" -> "https://api.anthropic.com";
        case "ollama" -> "http://localhost:11434";
        default -> null;
      };
    }
    stop = stop == null ? List.of() : List.copyOf(stop);
    timeout = timeout == null ? "60s" : timeout;
    maxRetries = maxRetries == null ? 5 : maxRetries;
    malformedRetries = malformedRetries == null ? 2 : malformedRetries;
    maxInFlight = maxInFlight == null ? 16 : maxInFlight;
    backoffInitial = backoffInitial == null ? "500ms" : backoffInitial;
    backoffMax = backoffMax == null ? "30s" : backoffMax;
    maxRetryAfter = maxRetryAfter == null ? "120s" : maxRetryAfter;
  }

  /** A config with every optional setting at its default. */
  public static ModelConfig of(String provider, String model, String baseUrl, String apiKeyEnv) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
  }

  /** Loads and checks a YAML file, substituting variables from the process environment. */
  public static ModelConfig load(Path path) {
    return load(path, System.getenv());
  }

  /**
   * Loads and checks a YAML file; {@code env} supplies {@code ${VAR}} values and the API key
   * variable, which must be set when the provider needs a key.
   *
   * @throws AssayInputException naming {@code file:line: field} on any problem
   */
  public static ModelConfig load(Path path, Map<String, String> env) {
    ModelConfig cfg = ConfigLoader.load(path, ModelConfig.class, env);
    if (cfg.timeoutDuration().isZero()) {
      throw new AssayInputException(path + ":" + lineOf(path, "timeout") + ": timeout: expected a positive duration, found "
          + cfg.timeout());
    }
    String problem = cfg.keyProblem(env::get);
    if (problem != null) {
      throw new AssayInputException(path + ":" + lineOf(path, "api_key_env") + ": api_key_env: " + problem);
    }
    return cfg;
  }

  /**
   * Why the API key cannot be had from {@code env}, or null when all is well: a named variable
   * must be set; Anthropic and OpenAI's own endpoint need one named. Local servers (vLLM,
   * llama.cpp, Ollama) need none.
   */
  public String keyProblem(Function<String, String> env) {
    if (apiKeyEnv != null) {
      String v = env.apply(apiKeyEnv);
      return v == null || v.isBlank()
          ? "expected the environment variable " + apiKeyEnv + " to hold the API key, found it unset or blank"
          : null;
    }
    boolean needsKey = "anthropic".equals(provider) || ("openai".equals(provider) && baseUrl.contains("api.openai.com"));
    return needsKey ? "expected the name of the environment variable holding the " + provider + " API key, found none" : null;
  }

  /** The API key read through {@code env}, or null when none is configured. */
  public String apiKey(Function<String, String> env) {
    if (apiKeyEnv == null) {
      return null;
    }
    String v = env.apply(apiKeyEnv);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The configured generation defaults (null where the provider's default applies). */
  public GenerationParams defaultParams() {
    return new GenerationParams(temperature, maxTokens, seed, topP, topLogprobs, stop, null);
  }

  public Duration timeoutDuration() {
    return Durations.parse(timeout);
  }

  public Duration backoffInitialDuration() {
    return Durations.parse(backoffInitial);
  }

  public Duration backoffMaxDuration() {
    return Durations.parse(backoffMax);
  }

  public Duration maxRetryAfterDuration() {
    return Durations.parse(maxRetryAfter);
  }

  public ModelConfig withTimeout(String v) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        v, maxRetries, malformedRetries, maxInFlight, backoffInitial, backoffMax, maxRetryAfter, rateLimit, prices, budget);
  }

  public ModelConfig withRetries(int retries, String initial, String max) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        timeout, retries, malformedRetries, maxInFlight, initial, max, maxRetryAfter, rateLimit, prices, budget);
  }

  public ModelConfig withMaxInFlight(int n) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        timeout, maxRetries, malformedRetries, n, backoffInitial, backoffMax, maxRetryAfter, rateLimit, prices, budget);
  }

  public ModelConfig withRateLimit(RateLimit v) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        timeout, maxRetries, malformedRetries, maxInFlight, backoffInitial, backoffMax, maxRetryAfter, v, prices, budget);
  }

  public ModelConfig withPrices(Prices v) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        timeout, maxRetries, malformedRetries, maxInFlight, backoffInitial, backoffMax, maxRetryAfter, rateLimit, v, budget);
  }

  public ModelConfig withBudget(Budget v) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, seed, topP, topLogprobs, stop,
        timeout, maxRetries, malformedRetries, maxInFlight, backoffInitial, backoffMax, maxRetryAfter, rateLimit, prices, v);
  }

  public ModelConfig withDefaults(GenerationParams p) {
    return new ModelConfig(provider, model, baseUrl, apiKeyEnv, p.temperature(), p.maxTokens(), p.seed(), p.topP(),
        p.topLogprobs(), p.stop(), timeout, maxRetries, malformedRetries, maxInFlight, backoffInitial, backoffMax,
        maxRetryAfter, rateLimit, prices, budget);
  }

  /** The settings as a map for a run manifest (snake_case keys; holds no secret). */
  public Map<String, Object> toMap() {
    return LlmJson.toMap(this);
  }

  private static int lineOf(Path path, String key) {
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).stripLeading().startsWith(key + ":")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      // the loader has read it already; a line number is all we are after
    }
    return 1;
  }
}
