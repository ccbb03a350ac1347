package dev.assay.models.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigTest {
  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    Path p = dir.resolve("model.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void loadsEverySetting() throws Exception {
    Path p = write("""
        provider: openai
        model: gpt-4o-mini
        base_url: ${BASE:-http://127.0.0.1:8000/v1}
        api_key_env: JUDGE_KEY
        temperature: 0
        max_tokens: 256
        seed: 42
        top_p: 0.95
        top_logprobs: 5
        stop: ["###"]
        timeout: 1.5s
        max_retries: 3
        max_in_flight: 64
        rate_limit: {requests_per_minute: 600, tokens_per_minute: 100000}
        prices: {input_per_million: 0.15, output_per_million: 0.6}
        budget: {max_cost_usd: 2.5}
        """);
    ModelConfig c = ModelConfig.load(p, Map.of("JUDGE_KEY", "sk-1"));
    assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
    assertThat(c.timeoutDuration()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.maxInFlight()).isEqualTo(64);
    assertThat(c.malformedRetries()).isEqualTo(2);
    assertThat(c.rateLimit().requestsPerMinute()).isEqualTo(600);
    assertThat(c.prices().cost(new Usage(1_000_000, 1_000_000))).isEqualTo(0.75);
    assertThat(c.budget().maxCostUsd()).isEqualTo(2.5);
    assertThat(c.budget().maxTokens()).isNull();
    assertThat(c.defaultParams()).isEqualTo(new GenerationParams(0.0, 256, 42L, 0.95, 5, java.util.List.of("###"), null));
    assertThat(c.apiKey(Map.of("JUDGE_KEY", " sk-1 ")::get)).isEqualTo("sk-1");
    assertThat(c.toMap()).containsEntry("api_key_env", "JUDGE_KEY").containsEntry("model", "gpt-4o-mini")
        .doesNotContainValue("sk-1");
  }

  @Test
  void defaultsPerProvider() throws Exception {
    ModelConfig c = ModelConfig.load(write("provider: ollama\nmodel: llama3.2\n"), Map.of());
    assertThat(c.baseUrl()).isEqualTo("http://localhost:11434");
    assertThat(c.timeoutDuration()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.maxRetries()).isEqualTo(5);
    assertThat(c.maxInFlight()).isEqualTo(16);
    assertThat(c.rateLimit()).isNull();
  }

  @Test
  void anUnsetKeyVariableNamesTheLine() throws Exception {
    Path p = write("provider: openai\nmodel: gpt-4o\n\napi_key_env: NOT_SET_ANYWHERE\n");
    assertThatThrownBy(() -> ModelConfig.load(p, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(p + ":4: api_key_env: expected the environment variable NOT_SET_ANYWHERE to hold the API key, found it unset or blank");
  }

  @Test
  void anthropicNeedsAKeyVariable() throws Exception {
    Path p = write("provider: anthropic\nmodel: claude-x\n");
    assertThatThrownBy(() -> ModelConfig.load(p, Map.of())).hasMessageContaining("api_key_env")
        .hasMessageContaining("anthropic API key");
  }

  @Test
  void localOpenAiCompatibleServersNeedNoKey() throws Exception {
    ModelConfig c = ModelConfig.load(write("provider: openai\nmodel: m\nbase_url: http://localhost:8000/v1\n"), Map.of());
    assertThat(c.apiKey(k -> null)).isNull();
  }

  @Test
  void badValuesNameFileLineAndField() throws Exception {
    Path p = write("provider: openai\nmodel: m\nbase_url: http://x/v1\ntimeout: soon\nmax_in_flight: 0\n");
    assertThatThrownBy(() -> ModelConfig.load(p, Map.of()))
        .hasMessageContaining(p + ":4: timeout: ")
        .hasMessageContaining(p + ":5: max_in_flight: must be greater than or equal to 1, found 0");
    Path q = write("provider: gemini\nmodel: m\n");
    assertThatThrownBy(() -> ModelConfig.load(q, Map.of())).hasMessage(q + ":1: provider: must be one of openai, anthropic, ollama, found \"gemini\"");
    Path z = write("provider: openai\nmodel: m\nbase_url: http://x/v1\ntimeout: 0s\n");
    assertThatThrownBy(() -> ModelConfig.load(z, Map.of())).hasMessage(z + ":4: timeout: expected a positive duration, found 0s");
    Path r = write("provider: openai\nmodel: m\nbase_url: http://x/v1\ntemprature: 0\n");
    assertThatThrownBy(() -> ModelConfig.load(r, Map.of())).hasMessageStartingWith(r + ":4:").hasMessageContaining("temprature");
  }
}
