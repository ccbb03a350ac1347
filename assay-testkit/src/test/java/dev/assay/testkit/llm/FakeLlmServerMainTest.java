package dev.assay.testkit.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The standalone server benchmarks start: prints its port, answers with the given reply. */
class FakeLlmServerMainTest {
  @Test
  void runsStandaloneAndPrintsItsPort() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        FakeLlmServer.class.getName(), "--port", "0", "--latency-ms", "5", "--reply", "[[A]]").start();
    try (HttpClient http = HttpClient.newHttpClient()) {
      String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(first).matches("\\d+");
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first + "/v1/chat/completions"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(WireFormat.JSON.readTree(r.body()).path("choices").get(0).path("message").path("content").asString())
          .isEqualTo("[[A]]");
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
