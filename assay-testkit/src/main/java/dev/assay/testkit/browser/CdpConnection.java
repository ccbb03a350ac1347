package dev.assay.testkit.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Chrome DevTools Protocol connection over a WebSocket: numbered commands whose replies
 * complete futures, and events handed to listeners. Every command waits at most its timeout.
 *
 * <pre>{@code
 * try (CdpConnection cdp = CdpConnection.open(URI.create(wsUrl), Duration.ofSeconds(10))) {
 *   cdp.onEvent(e -> System.out.println(e.path("method").asString()));
 *   JsonNode r = cdp.send("Runtime.evaluate", Map.of("expression", "1 + 1"), Duration.ofSeconds(5));
 * }
 * }</pre>
 */
final class CdpConnection implements AutoCloseable {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

  private CdpConnection(HttpClient http, URI uri, Duration timeout) throws Exception {
    this.http = http;
    this.socket = http.newWebSocketBuilder().connectTimeout(timeout)
        .buildAsync(uri, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Connects to a DevTools WebSocket URL. */
  static CdpConnection open(URI uri, Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      return new CdpConnection(http, uri, timeout);
    } catch (Exception e) {
      http.close();
      throw e;
    }
  }

  /** Calls {@code listener} with every event ({@code {"method": ..., "params": ...}}). */
  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  /** Sends a command and returns its {@code result}; fails on a protocol error or the timeout. */
  JsonNode send(String method, Map<String, ?> params, Duration timeout) {
    long id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    try {
      synchronized (socket) {
        socket.sendText(JSON.writeValueAsString(message), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      JsonNode response = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.has("error")) {
        throw new IllegalStateException(method + " failed: " + response.get("error"));
      }
      return response.path("result");
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + ": no reply from chromium within " + timeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(method + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " interrupted", e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public void close() {
    socket.abort();
    http.close();
    pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection closed")));
  }

  /** Joins message fragments and routes each whole message. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String whole = text.toString();
        text.setLength(0);
        route(whole);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("chromium closed the connection: " + reason)));
      return null;
    }
  }

  private void route(String message) {
    JsonNode node = JSON.readTree(message);
    if (node.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(node.get("id").asLong());
      if (f != null) {
        f.complete(node);
      }
    } else if (node.has("method")) {
      for (Consumer<JsonNode> l : listeners) {
        l.accept(node);
      }
    }
  }
}
