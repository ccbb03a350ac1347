package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.server.db.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The annotation API end to end over real HTTP, on SQLite and on a real PostgreSQL: a lead creates a
 * pairwise project with overlap 2, adds two annotators, imports items (a broken line and a
 * repeated id among them), each annotator is handed items and labels them, agreement and both
 * exports follow; every line and every annotation is accounted for.
 */
class AnnotationApiTest {
  @TempDir Path dir;

  @Test
  void onSqlite() throws Exception {
    run(TestDatabases.sqlite(dir));
  }

  @Test
  void onPostgresql() throws Exception {
    run(TestDatabases.postgres());
  }

  private void run(Dialect.Target db) throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(db).withPort(0))) {
      Users users = new Users(server.database());
      String lead = users.add("lee", Role.LEAD, null).token();
      String ann1 = users.add("ann", Role.ANNOTATOR, null).token();
      String ann2 = users.add("bob", Role.ANNOTATOR, null).token();
      Http api = new Http(server.url(), lead);

      Http.Reply created = api.post("/api/projects", "{\"name\": \"helpfulness\", \"kind\": \"pairwise\", \"overlap\": 2,"
          + " \"guidelines\": \"Prefer the **more helpful** answer.\"}");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      long id = created.json().get("id").asLong();
      assertThat(api.post("/api/projects/" + id + "/members", "{\"user\": \"ann\", \"role\": \"annotator\"}").status()).isEqualTo(201);
      assertThat(api.post("/api/projects/" + id + "/members", "{\"user\": \"bob\", \"role\": \"annotator\"}").status()).isEqualTo(201);

      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        lines.append("{\"id\": \"q").append(i).append("\", \"instruction\": \"Question ").append(i)
            .append("\", \"output_a\": \"A").append(i).append("\", \"output_b\": \"B").append(i).append("\", \"topic\": \"t\"}\n");
      }
      lines.append("{\"id\": \"q9\", \"instruction\": 3}\n\n{not json\n{\"id\": \"q1\", \"instruction\": \"again\", \"output_a\": \"x\","
          + " \"output_b\": \"y\"}\n");
      Http.Reply imported = api.postLines("/api/projects/" + id + "/items", lines.toString());
      assertThat(imported.status()).as(imported.body()).isEqualTo(200);
      JsonNode counts = imported.json();
      assertThat(counts.get("lines").asLong()).isEqualTo(8);
      assertThat(counts.get("imported").asLong()).isEqualTo(4);
      assertThat(counts.get("duplicates").asLong()).isEqualTo(1);
      assertThat(counts.get("quarantined").asLong()).isEqualTo(2);
      assertThat(counts.get("blank").asLong()).isEqualTo(1);
      assertThat(counts.get("errors").get(0).get("error").asString()).isEqualTo("line 5: field 'instruction': expected a string, found number");
      assertThat(counts.get("errors").get(1).get("line").asLong()).isEqualTo(7);

      // Each annotator labels every item: "a" when it is shown first, so the labels record the order seen.
      List<String> seen = new ArrayList<>();
      for (String token : List.of(ann1, ann2)) {
        Http me = api.as(token);
        for (int k = 0; k < 4; k++) {
          Http.Reply next = me.get("/api/projects/" + id + "/next");
          assertThat(next.status()).as(next.body()).isEqualTo(200);
          JsonNode item = next.json();
          assertThat(me.get("/api/projects/" + id + "/next").json().get("item").asString()).as("an open item is handed out again")
              .isEqualTo(item.get("item").asString());
          String label = token.equals(ann1) ? "a" : item.get("show_first").asString();
          Http.Reply saved = me.post("/api/projects/" + id + "/items/" + item.get("item").asString() + "/annotations",
              "{\"label\": \"" + label + "\", \"seconds\": 4.5}");
          assertThat(saved.status()).as(saved.body()).isEqualTo(201);
          assertThat(me.post("/api/projects/" + id + "/items/" + item.get("item").asString() + "/annotations", "{\"label\": \"b\"}")
              .status()).as("a second label for the same item").isEqualTo(409);
          seen.add(item.get("item").asString());
        }
        assertThat(me.get("/api/projects/" + id + "/next").status()).as("nothing left for this annotator").isEqualTo(204);
      }
      assertThat(seen).hasSize(8).containsOnly("q0", "q1", "q2", "q3");

      JsonNode agreement = api.get("/api/projects/" + id + "/agreement").json();
      assertThat(agreement.get("n_items").asLong()).isEqualTo(4);
      assertThat(agreement.get("n_annotations").asLong()).isEqualTo(8);
      assertThat(agreement.get("first_shown_chosen").get("bob").asDouble()).as("bob always chose the answer shown first").isEqualTo(1.0);
      assertThat(agreement.has("krippendorff_alpha")).isTrue();
      assertThat(agreement.has("fleiss_kappa")).isTrue();
      assertThat(agreement.has("gwet_ac1")).isTrue();
      assertThat(agreement.get("pairs").get("ann|bob").get("items").asLong()).isEqualTo(4);
      assertThat(agreement.get("vs_majority").get("ann").get("items").asLong())
          .as("with two raters the other's label is the majority on every item").isEqualTo(4);

      Http.Reply jsonl = api.get("/api/projects/" + id + "/export?format=jsonl");
      assertThat(jsonl.status()).isEqualTo(200);
      List<String> rows = jsonl.body().lines().toList();
      assertThat(rows).hasSize(8);
      assertThat(rows.get(0)).contains("\"item_id\":\"q0\"").contains("\"annotator\":").contains("\"preference\":")
          .contains("\"topic\":\"t\"").contains("\"seconds\":4.5");
      JsonNode ls = new Http.Reply(200, api.get("/api/projects/" + id + "/export?format=label-studio").body()).json();
      assertThat(ls).hasSize(4);
      assertThat(ls.get(0).get("data").get("instruction").asString()).isEqualTo("Question 0");
      assertThat(ls.get(0).get("annotations")).hasSize(2);
      assertThat(ls.get(0).get("annotations").get(0).get("result").get(0).get("value").get("choices").get(0).asString())
          .isIn("a", "b", "tie");

      // Preference pairs (TRL's format, what reward train reads): the items both chose alike, ann's "a" and bob's a.
      long bothA = rows.stream().filter(r -> r.contains("\"annotator\":\"bob\"") && r.contains("\"label\":\"a\"")).count();
      List<String> prefs = api.get("/api/projects/" + id + "/export?format=preference-pairs").body().lines().toList();
      assertThat(prefs).hasSize((int) bothA);
      for (String p : prefs) {
        JsonNode j = new Http.Reply(200, p).json();
        assertThat(j.get("decided_by").asString()).isEqualTo("majority");
        assertThat(j.get("chosen").asString()).startsWith("A");
        assertThat(j.get("rejected").asString()).startsWith("B");
        assertThat(j.get("prompt").asString()).startsWith("Question");
      }

      // Undo: the last annotation goes, its item is handed out again.
      Http bob = api.as(ann2);
      String undone = bob.delete("/api/projects/" + id + "/annotations/mine").json().get("undone").asString();
      assertThat(bob.get("/api/projects/" + id + "/next").json().get("item").asString()).isEqualTo(undone);
    }
  }
}
