package dev.assay.testkit.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.assay.testkit.llm.FakeRequest.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real local HTTP server that speaks the wire protocols of OpenAI Chat Completions ({@code POST
 * /v1/chat/completions}), Anthropic Messages ({@code POST /v1/messages}) and Ollama's native chat
 * ({@code POST /api/chat}), with scripted answers and failures, for testing model clients without
 * mocking any client class.
 *
 * <p>Every request is recorded; answers come from a function of the parsed request; a queue of
 * {@link Fault}s is served first, one per request in arrival order (429 with {@code Retry-After},
 * 5xx, slow answers, malformed JSON, truncated bodies, dropped connections). A fixed latency can be
 * added to every answer. The server counts the peak number of requests it was handling at once.
 * Handlers run on virtual threads.
 *
 * <pre>{@code
 * try (FakeLlmServer server = FakeLlmServer.start()) {
 *   server.reply(req -> FakeReply.text(req.lastUserText().contains("2+2") ? "4" : "[[A]]"));
 *   server.enqueue(Fault.status(429).withRetryAfter("1"));
 *   String openAiBase = server.openAiBaseUrl();     // http://127.0.0.1:PORT/v1
 *   String root = server.baseUrl();                 // for Anthropic and Ollama
 *   ...
 *   assertThat(server.requestCount()).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>Standalone, for benchmarks: {@code java -cp assay-testkit.jar:jackson... 
 * dev.assay.testkit.llm.FakeLlmServer --port 0 --latency-ms 50 --reply '[[A]]'} prints the port on
 * the first line of standard output and serves until killed.
 */
public final class FakeLlmServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger totalCount = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private volatile Function<FakeRequest, FakeReply> responder = r -> FakeReply.text("ok");
  private volatile Duration latency = Duration.ZERO;
  private volatile String apiKey;
  private volatile boolean record = true;

  private FakeLlmServer(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 4096);
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/v1/chat/completions", ex -> handle(ex, Protocol.OPENAI));
    server.createContext("/v1/messages", ex -> handle(ex, Protocol.ANTHROPIC));
    server.createContext("/api/chat", ex -> handle(ex, Protocol.OLLAMA));
    server.start();
  }

  /** Starts a server on 127.0.0.1 at an ephemeral port. */
  public static FakeLlmServer start() {
    return start(0);
  }

  /** Starts a server on 127.0.0.1 at {@code port} (0 = ephemeral). */
  public static FakeLlmServer start(int port) {
    try {
      return new FakeLlmServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake LLM server on port " + port, e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT}: the base URL for Anthropic and Ollama clients. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** {@code http://127.0.0.1:PORT/v1}: the base URL for OpenAI-compatible clients. */
  public String openAiBaseUrl() {
    return baseUrl() + "/v1";
  }

  /** Answers every request (not taken by a fault) with {@code f(request)}. */
  public FakeLlmServer reply(Function<FakeRequest, FakeReply> f) {
    this.responder = Objects.requireNonNull(f, "responder");
    return this;
  }

  /** Answers every request with this text. */
  public FakeLlmServer replyText(String text) {
    return reply(r -> FakeReply.text(text));
  }

  /** Queues faults served to the next requests, one each, in arrival order. */
  public FakeLlmServer enqueue(Fault... scripted) {
    faults.addAll(List.of(scripted));
    return this;
  }

  /** Adds a fixed delay before every answer (faults included). */
  public FakeLlmServer latency(Duration d) {
    this.latency = Objects.requireNonNull(d, "latency");
    return this;
  }

  /**
   * Requires this API key: OpenAI requests need {@code Authorization: Bearer KEY}, Anthropic
   * requests {@code x-api-key: KEY} and an {@code anthropic-version} header; others get 401 (400
   * for a missing version). Null turns the check off (the default).
   */
  public FakeLlmServer requireApiKey(String key) {
    this.apiKey = key;
    return this;
  }

  /** Stops keeping a copy of each request (long benchmarks); counting goes on. */
  public FakeLlmServer recordRequests(boolean on) {
    this.record = on;
    return this;
  }

  /** Every request received so far, in arrival order. */
  public List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests have been received. */
  public int requestCount() {
    return totalCount.get();
  }

  /**
   * The most requests that were being handled at the same moment (from the request read until
   * just before its answer is written, so a client's next request never overlaps its last).
   */
  public int peakConcurrent() {
    return peak.get();
  }

  /** Faults still queued. */
  public int pendingFaults() {
    return faults.size();
  }

  /** Forgets recorded requests, queued faults and the peak. */
  public FakeLlmServer reset() {
    requests.clear();
    faults.clear();
    totalCount.set(0);
    peak.set(0);
    return this;
  }

  private void handle(HttpExchange ex, Protocol protocol) {
    int now = active.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    // a request stops counting just before its answer goes out: once the client has the answer
    // it may send its next request, which must not find this one still counted
    AtomicBoolean counted = new AtomicBoolean(true);
    ANSWERING.put(ex, () -> {
      if (counted.getAndSet(false)) {
        active.decrementAndGet();
      }
    });
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      FakeRequest req = new FakeRequest(protocol, ex.getRequestURI().getPath(), headers(ex), WireFormat.parse(body), System.nanoTime());
      totalCount.incrementAndGet();
      if (record) {
        requests.add(req);
      }
      if (!"POST".equals(ex.getRequestMethod())) {
        send(ex, 405, WireFormat.error(protocol, 405, "method not allowed: " + ex.getRequestMethod()), null);
        return;
      }
      if (!latency.isZero()) {
        Thread.sleep(latency);
      }
      String authProblem = authProblem(req);
      if (authProblem != null) {
        int status = authProblem.startsWith("missing anthropic-version") ? 400 : 401;
        send(ex, status, WireFormat.error(protocol, status, authProblem), null);
        return;
      }
      if (req.json().isMissingNode()) {
        send(ex, 400, WireFormat.error(protocol, 400, "request body is not JSON"), null);
        return;
      }
      Fault fault = faults.poll();
      if (fault != null && serveFault(ex, req, fault)) {
        return;
      }
      FakeReply reply;
      try {
        reply = responder.apply(req);
      } catch (RuntimeException e) {
        send(ex, 500, WireFormat.error(protocol, 500, "responder failed: " + e), null);
        return;
      }
      send(ex, 200, WireFormat.success(req, reply), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // the client went away (it timed out), or a truncated reply closed the connection
    } finally {
      answered(ex);
      ANSWERING.remove(ex);
    }
  }

  /** Per exchange, what marks it answered (HttpExchange attributes are shared by the whole context). */
  private static final Map<HttpExchange, Runnable> ANSWERING = new ConcurrentHashMap<>();

  private static void answered(HttpExchange ex) {
    Runnable r = ANSWERING.get(ex);
    if (r != null) {
      r.run();
    }
  }

  /** Serves {@code fault}; false when the normal answer should follow (a slow reply). */
  private boolean serveFault(HttpExchange ex, FakeRequest req, Fault fault) throws IOException, InterruptedException {
    switch (fault.kind()) {
      case STATUS -> send(ex, fault.status(), WireFormat.error(req.protocol(), fault.status(), fault.message()), fault.retryAfter());
      case SLOW -> {
        Thread.sleep(fault.delay());
        return false;
      }
      case MALFORMED -> send(ex, 200, "{\"id\": \"chatcmpl-broken\", \"choices\": [{\"message\": <html>oops", null);
      case TRUNCATED -> {
        byte[] full = WireFormat.success(req, FakeReply.text("this answer is cut short")).getBytes(StandardCharsets.UTF_8);
        answered(ex);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, full.length + 100L);
        OutputStream os = ex.getResponseBody();
        os.write(full, 0, full.length / 2);
        os.flush();
        ex.close(); // fewer bytes than announced: the server drops the connection
      }
      case DISCONNECT -> {
        answered(ex);
        ex.close();
      }
    }
    return true;
  }

  private String authProblem(FakeRequest req) {
    String key = apiKey;
    if (key == null) {
      return null;
    }
    return switch (req.protocol()) {
      case OPENAI -> ("Bearer " + key).equals(req.header("authorization")) ? null : "Incorrect API key provided";
      case ANTHROPIC -> !key.equals(req.header("x-api-key"))
          ? "invalid x-api-key"
          : req.header("anthropic-version") == null ? "missing anthropic-version header" : null;
      case OLLAMA -> null;
    };
  }

  private static void send(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
    byte[] out = body.getBytes(StandardCharsets.UTF_8);
    answered(ex);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (retryAfter != null) {
      ex.getResponseHeaders().set("Retry-After", retryAfter);
    }
    ex.sendResponseHeaders(status, out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  private static Map<String, List<String>> headers(HttpExchange ex) {
    Map<String, List<String>> out = new HashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Runs the server standalone: {@code --port N} (0 = any), {@code --latency-ms N}, {@code --reply
   * TEXT}, {@code --api-key KEY}. Prints the port on the first line, then serves until killed.
   */
  public static void main(String[] args) throws InterruptedException {
    int port = 0;
    long latencyMs = 0;
    String reply = "ok";
    String key = null;
    List<String> rest = new ArrayList<>(List.of(args));
    Collections.reverse(rest);
    while (!rest.isEmpty()) {
      String flag = rest.removeLast();
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(flag + ": expected a value after it, found the end of the arguments");
      }
      String value = rest.removeLast();
      switch (flag) {
        case "--port" -> port = Integer.parseInt(value);
        case "--latency-ms" -> latencyMs = Long.parseLong(value);
        case "--reply" -> reply = value;
        case "--api-key" -> key = value;
        default -> throw new IllegalArgumentException(
            flag + ": expected one of --port, --latency-ms, --reply, --api-key");
      }
    }
    FakeLlmServer server = start(port).latency(Duration.ofMillis(latencyMs)).replyText(reply).requireApiKey(key).recordRequests(false);
    System.out.println(server.port());
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }
}
