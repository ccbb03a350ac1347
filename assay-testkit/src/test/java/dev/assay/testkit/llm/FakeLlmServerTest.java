package dev.assay.testkit.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FakeLlmServerTest {
  private final FakeLlmServer server = FakeLlmServer.start();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    server.close();
    http.close();
  }

  private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) {
    return WireFormat.JSON.readTree(r.body());
  }

  @Test
  void speaksOpenAiWithScriptedAnswersAndLogprobs() throws Exception {
    server.reply(r -> FakeReply.text("echo: " + r.lastUserText()));
    HttpResponse<String> r = post("/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"logprobs\":true,\"top_logprobs\":2}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = json(r);
    assertThat(j.path("choices").get(0).path("message").path("content").asString()).isEqualTo("echo: hi");
    assertThat(j.path("choices").get(0).path("finish_reason").asString()).isEqualTo("stop");
    assertThat(j.path("usage").path("completion_tokens").asInt()).isPositive();
    JsonNode lp = j.path("choices").get(0).path("logprobs").path("content");
    assertThat(lp.get(0).path("token").asString()).isEqualTo("echo: ");
    assertThat(lp.get(0).path("top_logprobs").size()).isEqualTo(2);
    assertThat(server.requests()).singleElement().satisfies(q -> assertThat(q.model()).isEqualTo("m"));
  }

  @Test
  void speaksAnthropicAndOllamaWithTheirErrorShapes() throws Exception {
    server.requireApiKey("k").replyText("fine");
    String body = "{\"model\":\"c\",\"max_tokens\":5,\"system\":\"s\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}";
    HttpResponse<String> ok = post("/v1/messages", body, "x-api-key", "k", "anthropic-version", "2023-06-01");
    assertThat(json(ok).path("content").get(0).path("text").asString()).isEqualTo("fine");
    assertThat(json(ok).path("stop_reason").asString()).isEqualTo("end_turn");
    HttpResponse<String> bad = post("/v1/messages", body, "x-api-key", "wrong", "anthropic-version", "2023-06-01");
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(json(bad).path("type").asString()).isEqualTo("error");
    assertThat(json(bad).path("error").path("type").asString()).isEqualTo("authentication_error");
    server.enqueue(Fault.status(500));
    HttpResponse<String> err = post("/api/chat", "{\"model\":\"l\",\"messages\":[]}");
    assertThat(err.statusCode()).isEqualTo(500);
    assertThat(json(err).path("error").asString()).isEqualTo("internal server error");
    HttpResponse<String> chat = post("/api/chat", "{\"model\":\"l\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}");
    assertThat(json(chat).path("message").path("content").asString()).isEqualTo("fine");
    assertThat(json(chat).path("done").asBoolean()).isTrue();
  }

  @Test
  void faultsAreServedInOrder() throws Exception {
    server.enqueue(Fault.status(429).withRetryAfter("3"), Fault.malformed(), Fault.truncated());
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
    HttpResponse<String> limited = post("/v1/chat/completions", body);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("3");
    assertThat(json(limited).path("error").path("code").asString()).isEqualTo("rate_limit_exceeded");
    HttpResponse<String> malformed = post("/v1/chat/completions", body);
    assertThatThrownBy(() -> json(malformed)).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> post("/v1/chat/completions", body)).isInstanceOf(IOException.class);
    assertThat(post("/v1/chat/completions", body).statusCode()).isEqualTo(200);
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void countsThePeakOfConcurrentRequests() throws Exception {
    server.latency(Duration.ofMillis(150));
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<HttpResponse<String>>> fs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        fs.add(pool.submit((Callable<HttpResponse<String>>) () -> post("/v1/chat/completions", body)));
      }
      for (Future<HttpResponse<String>> f : fs) {
        assertThat(f.get().statusCode()).isEqualTo(200);
      }
    }
    assertThat(server.peakConcurrent()).isEqualTo(5);
  }
}
