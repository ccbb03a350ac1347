package dev.assay.models.toxicity.perspective;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for {@code commentanalyzer.googleapis.com}: speaks {@code POST
 * /v1alpha1/comments:analyze?key=...} on 127.0.0.1 (ephemeral port), replies from a per-test
 * script, then from a default that scores each text by its length (so order can be checked), and
 * records every request with the server's own timestamp.
 */
final class FakePerspective implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One request as the server saw it. */
  record Received(long nanos, String method, String query, String contentType, JsonNode body) {}

  /** One scripted reply. */
  @FunctionalInterface
  interface Reply {
    void send(HttpExchange ex, JsonNode request) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicInteger concurrent = new AtomicInteger();
  final AtomicInteger maxConcurrent = new AtomicInteger();
  volatile Duration defaultDelay = Duration.ZERO;

  FakePerspective() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/v1alpha1/comments:analyze", this::handle);
    server.start();
  }

  /** The base URL to configure the scorer with. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1alpha1");
  }

  /** Queues replies for the next requests, in arrival order. */
  FakePerspective then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = concurrent.incrementAndGet();
    maxConcurrent.accumulateAndGet(now, Math::max);
    // a request stops counting just before its answer goes out: once the client has the answer
    // it may send the next request, which must not find this one still counted
    AtomicBoolean counted = new AtomicBoolean(true);
    Runnable answered = () -> {
      if (counted.getAndSet(false)) {
        concurrent.decrementAndGet();
      }
    };
    ANSWERING.put(ex, answered);
    try {
      byte[] in = ex.getRequestBody().readAllBytes();
      JsonNode body = JSON.readTree(new String(in, StandardCharsets.UTF_8));
      received.add(new Received(System.nanoTime(), ex.getRequestMethod(), ex.getRequestURI().getRawQuery(),
          ex.getRequestHeaders().getFirst("Content-Type"), body));
      Reply r = script.poll();
      (r == null ? lengthScores() : r).send(ex, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (timeout) or a truncated reply: nothing more to do
    } finally {
      answered.run();
      ANSWERING.remove(ex);
      ex.close();
    }
  }

  /** Default: TOXICITY = length/100, IDENTITY_ATTACK = length/200, after {@link #defaultDelay}. */
  Reply lengthScores() {
    return (ex, req) -> {
      Thread.sleep(defaultDelay);
      int n = req.path("comment").path("text").asString().length();
      json(200, scoresBody(Map.of("TOXICITY", n / 100.0, "IDENTITY_ATTACK", n / 200.0))).send(ex, req);
    };
  }

  /** A documented success body with a summary and one span score per attribute. */
  static String scoresBody(Map<String, Double> scores) {
    StringBuilder sb = new StringBuilder("{\"attributeScores\": {");
    String sep = "";
    for (var e : scores.entrySet()) {
      sb.append(sep).append('"').append(e.getKey()).append("\": {\"spanScores\": [{\"begin\": 0, \"end\": 9, \"score\": {\"value\": ")
          .append(e.getValue()).append(", \"type\": \"PROBABILITY\"}}], \"summaryScore\": {\"value\": ")
          .append(e.getValue()).append(", \"type\": \"PROBABILITY\"}}");
      sep = ", ";
    }
    return sb.append("}, \"languages\": [\"en\"], \"detectedLanguages\": [\"en\"]}").toString();
  }

  /** Google's error body. */
  static String errorBody(int code, String status, String message) {
    return "{\"error\": {\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": \"" + status + "\"}}";
  }

  /** Per exchange, what marks it answered (HttpExchange attributes are shared by the whole context). */
  private static final Map<HttpExchange, Runnable> ANSWERING = new ConcurrentHashMap<>();

  /** Marks the exchange's request as answered (no longer in flight). */
  static void answered(HttpExchange ex) {
    Runnable r = ANSWERING.get(ex);
    if (r != null) {
      r.run();
    }
  }

  static Reply json(int status, String body, String... headers) {
    return (ex, req) -> {
      byte[] out = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        ex.getResponseHeaders().set(headers[i], headers[i + 1]);
      }
      answered(ex);
      ex.sendResponseHeaders(status, out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    };
  }

  /** Waits {@code delay} before replying (longer than the client's timeout in tests). */
  static Reply slow(Duration delay, Reply then) {
    return (ex, req) -> {
      Thread.sleep(delay);
      then.send(ex, req);
    };
  }

  /** Announces 1000 bytes, sends 20, then closes the connection. */
  static Reply truncated() {
    return (ex, req) -> {
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      answered(ex);
      ex.sendResponseHeaders(200, 1000);
      OutputStream os = ex.getResponseBody();
      os.write("{\"attributeScores\": ".getBytes(StandardCharsets.UTF_8));
      os.flush();
      os.close(); // throws: fewer bytes than announced; the server drops the connection
    };
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
