package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Review over the API: a skip (with its reason) hands the item to someone else; gold items measure
 * each annotator's accuracy; items the annotators disagree on wait in the lead's queue until the
 * lead settles them, and the export carries the decision; annotators cannot settle anything.
 */
class ReviewApiTest {
  @TempDir Path dir;

  @Test
  void skipsGoldAndTheDisagreementQueue() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
      Http ann = lead.as(users.add("ann", Role.ANNOTATOR, null).token());
      Http bob = lead.as(users.add("bob", Role.ANNOTATOR, null).token());
      Http cat = lead.as(users.add("cat", Role.ANNOTATOR, null).token());
      long id = lead.post("/api/projects", "{\"name\": \"review\", \"overlap\": 2}").json().get("id").asLong();
      for (String u : List.of("ann", "bob", "cat")) {
        lead.post("/api/projects/" + id + "/members", "{\"user\": \"" + u + "\"}");
      }
      JsonNode imported = lead.postLines("/api/projects/" + id + "/items",
          "{\"id\": \"g1\", \"instruction\": \"2+2?\", \"output_a\": \"4\", \"output_b\": \"5\", \"gold\": \"a\"}\n"
              + "{\"id\": \"x1\", \"instruction\": \"pick\", \"output_a\": \"left\", \"output_b\": \"right\"}\n"
              + "{\"id\": \"bad\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\", \"gold\": \"left\"}\n").json();
      assertThat(imported.get("imported").asLong()).isEqualTo(2);
      assertThat(imported.get("errors").get(0).get("error").asString()).contains("gold");

      // ann skips g1: it is not handed to her again, and bob and cat both get it (overlap 2).
      String first = ann.get("/api/projects/" + id + "/next").json().get("item").asString();
      assertThat(first).isEqualTo("g1");
      assertThat(ann.post("/api/projects/" + id + "/items/g1/skip", "{\"reason\": \"cannot judge arithmetic\"}").status()).isEqualTo(200);
      assertThat(ann.post("/api/projects/" + id + "/items/g1/skip", "{\"reason\": \"again\"}").status()).isEqualTo(403);
      assertThat(ann.get("/api/projects/" + id + "/next").json().get("item").asString()).isEqualTo("x1");
      ann.post("/api/projects/" + id + "/items/x1/annotations", "{\"label\": \"a\"}");
      assertThat(ann.get("/api/projects/" + id + "/next").status()).isEqualTo(204);
      for (Http h : List.of(bob, cat)) {
        for (int i = 0; i < 2; i++) {
          Http.Reply next = h.get("/api/projects/" + id + "/next");
          if (next.status() != 200) {
            break;
          }
          String item = next.json().get("item").asString();
          String label = item.equals("g1") ? (h == bob ? "a" : "b") : "b";
          assertThat(h.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"label\": \"" + label + "\"}").status())
              .isEqualTo(201);
        }
      }
      JsonNode agreement = lead.get("/api/projects/" + id + "/agreement").json();
      assertThat(agreement.get("gold_accuracy").get("bob").get("accuracy").asDouble()).isEqualTo(1.0);
      assertThat(agreement.get("gold_accuracy").get("cat").get("accuracy").asDouble()).isEqualTo(0.0);
      assertThat(agreement.get("skips").get("cannot judge arithmetic").asLong()).isEqualTo(1);

      JsonNode queue = lead.get("/api/projects/" + id + "/disagreements").json().get("items");
      assertThat(queue).isNotEmpty();
      String disputed = queue.get(0).get("item").asString();
      assertThat(queue.get(0).get("labels").size()).isGreaterThanOrEqualTo(2);
      assertThat(ann.post("/api/projects/" + id + "/items/" + disputed + "/adjudication", "{\"label\": \"a\"}").status()).isEqualTo(403);
      assertThat(ann.get("/api/projects/" + id + "/disagreements").status()).isEqualTo(403);
      Http.Reply settled = lead.post("/api/projects/" + id + "/items/" + disputed + "/adjudication",
          "{\"label\": \"a\", \"reason\": \"the gold answer\"}");
      assertThat(settled.status()).isEqualTo(201);
      assertThat(settled.json().get("by").asString()).isEqualTo("lee");
      assertThat(lead.get("/api/projects/" + id + "/disagreements").json().get("items").toString()).doesNotContain("\"" + disputed + "\"");
      assertThat(lead.get("/api/projects/" + id + "/export").body().lines().filter(l -> l.contains("\"item_id\":\"" + disputed + "\"")))
          .allSatisfy(l -> assertThat(l).contains("\"adjudicated\":\"a\""));
    }
  }
}
