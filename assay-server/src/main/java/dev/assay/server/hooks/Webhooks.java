package dev.assay.server.hooks;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.server.db.Sql;
import dev.assay.server.db.Database;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's webhooks and their outbox. Subscribing returns a Standard Webhooks secret ({@code
 * whsec_...}). Events are written to the outbox inside the transaction that caused them, so an
 * event is never announced for a label that was rolled back, and never lost when the server stops
 * before sending it; {@link WebhookDispatcher} sends and retries them.
 *
 * <p>Events: {@code item.completed} (an item got its last label of the overlap: the labels by
 * annotator) and {@code project.completed} (every item of the project did). Only projects with a
 * subscriber pay for the checks.
 *
 * <pre>{@code
 * Webhooks.Subscription s = webhooks.subscribe(projectId, "https://ci.example/hook", List.of("item.completed"));
 * }</pre>
 */
public final class Webhooks {
  /** The events a webhook may subscribe to. */
  public static final Set<String> EVENTS = Set.of("item.completed", "project.completed");
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;

  /** A new subscription, with its secret (shown once). */
  public record Subscription(long id, String url, List<String> events, String secret) {}

  public Webhooks(Database db) {
    this.db = db;
  }

  /** Subscribes {@code url} to {@code events} of a project. */
  public Subscription subscribe(long projectId, String url, List<String> events) {
    URI u;
    try {
      u = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new AssayInputException("url: not a URL: " + url);
    }
    if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
      throw new AssayInputException("url: expected an http(s) URL, found " + url);
    }
    List<String> ev = events == null || events.isEmpty() ? List.copyOf(EVENTS) : List.copyOf(events);
    for (String e : ev) {
      if (!EVENTS.contains(e)) {
        throw new AssayInputException("events: '" + e + "' is not an event; there are item.completed and project.completed");
      }
    }
    byte[] key = new byte[24];
    RANDOM.nextBytes(key);
    String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
    long id = db.write(c -> Sql.insert(c, "INSERT INTO webhooks (project_id, url, secret, events, created_at) VALUES (?, ?, ?, ?, ?)",
        projectId, u.toString(), secret, String.join(",", ev), Instant.now().toString()));
    return new Subscription(id, u.toString(), ev, secret);
  }

  /** The project's webhooks with their delivery counts (no secrets). */
  public List<Map<String, Object>> list(long projectId) {
    return db.read(c -> Sql.list(c, "SELECT w.id, w.url, w.events,"
        + " (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.delivered_at IS NOT NULL),"
        + " (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.delivered_at IS NULL AND d.attempts < ?),"
        + " (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.delivered_at IS NULL AND d.attempts >= ?)"
        + " FROM webhooks w WHERE w.project_id = ? ORDER BY w.id", rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", rs.getLong(1));
          m.put("url", rs.getString(2));
          m.put("events", List.of(rs.getString(3).split(",")));
          m.put("delivered", rs.getLong(4));
          m.put("pending", rs.getLong(5));
          m.put("failed", rs.getLong(6));
          return m;
        }, WebhookDispatcher.MAX_ATTEMPTS, WebhookDispatcher.MAX_ATTEMPTS, projectId));
  }

  /**
   * Inside the transaction that stored a label for item {@code itemId}: writes {@code
   * item.completed} and {@code project.completed} to the outbox when they happened now.
   */
  public static void afterLabel(Connection c, long projectId, long itemId) throws SQLException {
    List<Object[]> hooks = Sql.list(c, "SELECT id, events FROM webhooks WHERE project_id = ?", rs -> new Object[] {rs.getLong(1),
        rs.getString(2)}, projectId);
    if (hooks.isEmpty()) {
      return;
    }
    long overlap = Sql.count(c, "SELECT overlap FROM projects WHERE id = ?", projectId);
    long labels = Sql.count(c, "SELECT COUNT(*) FROM annotations WHERE item_id = ?", itemId);
    if (labels != overlap) {
      return; // not complete yet, or completed before (and announced then)
    }
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("project", projectId);
    item.put("item", Sql.one(c, "SELECT external_id FROM items WHERE id = ?", rs -> rs.getString(1), itemId).orElse(""));
    Map<String, String> byAnnotator = new LinkedHashMap<>();
    for (String[] r : Sql.list(c, "SELECT u.name, an.label FROM annotations an JOIN users u ON u.id = an.user_id WHERE an.item_id = ?"
        + " ORDER BY an.id", rs -> new String[] {rs.getString(1), rs.getString(2)}, itemId)) {
      byAnnotator.put(r[0], r[1]);
    }
    item.put("labels", byAnnotator);
    enqueue(c, hooks, "item.completed", item);
    boolean open = Sql.count(c, "SELECT COUNT(*) FROM items i WHERE i.project_id = ? AND"
        + " (SELECT COUNT(*) FROM annotations an WHERE an.item_id = i.id) < ?", projectId, overlap) > 0;
    if (!open) {
      Map<String, Object> project = new LinkedHashMap<>();
      project.put("project", projectId);
      project.put("items", Sql.count(c, "SELECT COUNT(*) FROM items WHERE project_id = ?", projectId));
      project.put("annotations", Sql.count(c, "SELECT COUNT(*) FROM annotations WHERE project_id = ?", projectId));
      enqueue(c, hooks, "project.completed", project);
    }
  }

  private static void enqueue(Connection c, List<Object[]> hooks, String event, Map<String, Object> data) throws SQLException {
    String now = Instant.now().toString();
    for (Object[] h : hooks) {
      if (!List.of(((String) h[1]).split(",")).contains(event)) {
        continue;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", event);
      body.put("timestamp", now);
      body.put("data", data);
      Sql.insert(c, "INSERT INTO webhook_deliveries (webhook_id, event, payload, attempts, next_at) VALUES (?, ?, ?, 0, ?)", h[0], event,
          Json.MAPPER.writeValueAsString(body), now);
    }
  }
}
