package dev.assay.server.hooks;

import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends the webhook outbox: every due delivery is POSTed with the Standard Webhooks headers
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64
 * HMAC-SHA256 of "id.timestamp.body">}); a 2xx answer marks it delivered; anything else (or no
 * answer within 10 s) is retried after 1, 2, 4 ... s (at most 5 minutes apart), up to {@link
 * #MAX_ATTEMPTS} attempts. Deliveries live in the database, so a restarted server goes on where
 * the stopped one left off.
 *
 * <pre>{@code
 * WebhookDispatcher d = WebhookDispatcher.start(db);   // a daemon thread
 * d.close();
 * }</pre>
 */
public final class WebhookDispatcher implements AutoCloseable {
  /** Attempts before a delivery is given up (it stays listed as failed). */
  public static final int MAX_ATTEMPTS = 8;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final Database db;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Thread thread;
  private volatile boolean running = true;

  private WebhookDispatcher(Database db) {
    this.db = db;
    this.thread = Thread.ofPlatform().daemon().name("assay-webhooks").unstarted(this::loop);
  }

  /** Starts sending. */
  public static WebhookDispatcher start(Database db) {
    WebhookDispatcher d = new WebhookDispatcher(db);
    d.thread.start();
    return d;
  }

  private void loop() {
    while (running) {
      try {
        int sent = sendDue();
        if (sent == 0) {
          Thread.sleep(200);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.err.println("assay serve: webhook delivery: " + e.getMessage());
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** Sends every delivery due now; returns how many were tried. */
  int sendDue() {
    String now = Instant.now().toString();
    List<Object[]> due = db.read(c -> Sql.list(c, "SELECT d.id, d.payload, d.attempts, w.url, w.secret FROM webhook_deliveries d"
        + " JOIN webhooks w ON w.id = d.webhook_id WHERE d.delivered_at IS NULL AND d.attempts < ? AND d.next_at <= ?"
        + " ORDER BY d.id LIMIT 50", rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)},
        MAX_ATTEMPTS, now));
    for (Object[] d : due) {
      send((Long) d[0], (String) d[1], (Integer) d[2], (String) d[3], (String) d[4]);
    }
    return due.size();
  }

  private void send(long id, String body, int attempts, String url, String secret) {
    String msgId = "msg_" + id;
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    Integer status = null;
    String error = null;
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", "application/json")
          .header("webhook-id", msgId).header("webhook-timestamp", timestamp)
          .header("webhook-signature", "v1," + sign(secret, msgId, timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
      status = r.statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    boolean ok = status != null && status >= 200 && status < 300;
    int tries = attempts + 1;
    long backoff = Math.min(300, 1L << Math.min(tries - 1, 9));
    Integer s = status;
    String err = ok ? null : error != null ? error : "HTTP " + status;
    db.write(c -> Sql.update(c, "UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?, delivered_at = ?,"
        + " next_at = ? WHERE id = ?", tries, s, err, ok ? Instant.now().toString() : null,
        Instant.now().plusSeconds(backoff).toString(), id));
  }

  /** Standard Webhooks' signature: base64 of HMAC-SHA256 over "id.timestamp.body", keyed by the secret's bytes. */
  public static String sign(String secret, String msgId, String timestamp, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal((msgId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from the JDK", e);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
