package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A qualification set: each annotator first labels two gold items (outside the overlap); one who
 * gets them right goes on to real items, one who does not is refused (403, saying why), and the
 * gold items stay available to every newcomer.
 */
class QualificationTest {
  @TempDir Path dir;

  @Test
  void annotatorsPassGoldItemsBeforeRealWork() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
      Http good = lead.as(users.add("good", Role.ANNOTATOR, null).token());
      Http bad = lead.as(users.add("bad", Role.ANNOTATOR, null).token());
      JsonNode p = lead.post("/api/projects", "{\"name\": \"q\", \"overlap\": 1, \"qualification\": 2, \"min_accuracy\": 1.0}").json();
      assertThat(p.get("qualification").asInt()).isEqualTo(2);
      long id = p.get("id").asLong();
      lead.post("/api/projects/" + id + "/members", "{\"user\": \"good\"}");
      lead.post("/api/projects/" + id + "/members", "{\"user\": \"bad\"}");
      lead.postLines("/api/projects/" + id + "/items",
          "{\"id\": \"g1\", \"instruction\": \"1+1?\", \"output_a\": \"2\", \"output_b\": \"3\", \"gold\": \"a\"}\n"
              + "{\"id\": \"g2\", \"instruction\": \"2+2?\", \"output_a\": \"5\", \"output_b\": \"4\", \"gold\": \"b\"}\n"
              + "{\"id\": \"r1\", \"instruction\": \"real\", \"output_a\": \"x\", \"output_b\": \"y\"}\n");

      for (String gold : new String[] {"g1", "g2"}) {
        JsonNode next = good.get("/api/projects/" + id + "/next").json();
        assertThat(next.get("item").asString()).as("gold items come first").isEqualTo(gold);
        good.post("/api/projects/" + id + "/items/" + gold + "/annotations", "{\"label\": \"" + (gold.equals("g1") ? "a" : "b") + "\"}");
      }
      assertThat(good.get("/api/projects/" + id + "/next").json().get("item").asString()).as("qualified: real work").isEqualTo("r1");

      for (String gold : new String[] {"g1", "g2"}) {
        JsonNode next = bad.get("/api/projects/" + id + "/next").json();
        assertThat(next.get("item").asString()).as("gold items did not count against the overlap of 1").isEqualTo(gold);
        bad.post("/api/projects/" + id + "/items/" + gold + "/annotations", "{\"label\": \"tie\"}");
      }
      Http.Reply refused = bad.get("/api/projects/" + id + "/next");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("error").get("message").asString()).contains("not qualified").contains("0 of 2 gold items right");
    }
  }
}
