package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.assay.core.io.Json;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.server.hooks.WebhookDispatcher;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks against a real local receiver: every item completed and the project completed are
 * delivered, signed as Standard Webhooks specifies (verified here with the secret), and a receiver
 * that fails (HTTP 500) gets the delivery again.
 */
class WebhooksTest {
  @TempDir Path dir;

  @Test
  void eventsAreSignedDeliveredAndRetried() throws Exception {
    List<String[]> received = new CopyOnWriteArrayList<>(); // {id, timestamp, signature, body}
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int n = calls.incrementAndGet();
      int status = n == 1 ? 500 : 204; // the first delivery fails once
      if (status == 204) {
        received.add(new String[] {ex.getRequestHeaders().getFirst("webhook-id"), ex.getRequestHeaders().getFirst("webhook-timestamp"),
            ex.getRequestHeaders().getFirst("webhook-signature"), body});
      }
      ex.sendResponseHeaders(status, -1);
      ex.close();
    });
    receiver.start();
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
      Http ann = lead.as(users.add("ann", Role.ANNOTATOR, null).token());
      long id = lead.post("/api/projects", "{\"name\": \"hooks\", \"overlap\": 1}").json().get("id").asLong();
      lead.post("/api/projects/" + id + "/members", "{\"user\": \"ann\"}");
      lead.postLines("/api/projects/" + id + "/items", "{\"id\": \"h1\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n"
          + "{\"id\": \"h2\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n");
      Http.Reply sub = lead.post("/api/projects/" + id + "/webhooks",
          "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}");
      assertThat(sub.status()).isEqualTo(201);
      String secret = sub.json().get("secret").asString();
      assertThat(secret).startsWith("whsec_");
      assertThat(ann.post("/api/projects/" + id + "/webhooks", "{\"url\": \"http://x/\"}").status()).isEqualTo(403);
      assertThat(lead.post("/api/projects/" + id + "/webhooks", "{\"url\": \"ftp://x/\"}").status()).isEqualTo(400);

      for (int i = 0; i < 2; i++) {
        String item = ann.get("/api/projects/" + id + "/next").json().get("item").asString();
        ann.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"label\": \"b\"}");
      }
      long deadline = System.nanoTime() + 15_000_000_000L;
      while (received.size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(received).hasSize(3);
      assertThat(calls.get()).as("one failed attempt, then three deliveries").isEqualTo(4);
      List<String> types = received.stream().map(r -> Json.MAPPER.readTree(r[3]).get("type").asString()).toList();
      assertThat(types).containsExactlyInAnyOrder("item.completed", "item.completed", "project.completed");
      for (String[] r : received) {
        assertThat(r[2]).as("signature of " + r[0]).isEqualTo("v1," + WebhookDispatcher.sign(secret, r[0], r[1], r[3]));
      }
      JsonNode itemEvent = received.stream().map(r -> Json.MAPPER.readTree(r[3])).filter(j -> j.get("type").asString()
          .equals("item.completed")).findFirst().orElseThrow();
      assertThat(itemEvent.get("data").get("labels").get("ann").asString()).isEqualTo("b");
      JsonNode list = lead.get("/api/projects/" + id + "/webhooks").json().get("webhooks").get(0);
      assertThat(list.get("delivered").asLong()).isEqualTo(3);
      assertThat(list.has("secret")).isFalse();
    } finally {
      receiver.stop(0);
    }
  }
}
