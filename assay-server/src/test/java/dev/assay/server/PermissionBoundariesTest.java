package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every permission boundary of the annotation API, called directly (no UI in the way): no token,
 * a wrong token, an annotator reaching into another project, another annotator's item, the lead
 * routes, and a lead of one project in another project. Each answers the one error shape.
 */
class PermissionBoundariesTest {
  @TempDir Path dir;
  AssayServer server;
  Http lead;
  Http ann;
  Http other;
  Http otherLead;
  long mine;
  long theirs;

  @BeforeEach
  void start() throws Exception {
    server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0));
    Users users = new Users(server.database());
    lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
    otherLead = lead.as(users.add("olga", Role.LEAD, null).token());
    ann = lead.as(users.add("ann", Role.ANNOTATOR, null).token());
    other = lead.as(users.add("oscar", Role.ANNOTATOR, null).token());
    mine = lead.post("/api/projects", "{\"name\": \"mine\", \"overlap\": 1}").json().get("id").asLong();
    theirs = otherLead.post("/api/projects", "{\"name\": \"theirs\", \"overlap\": 1}").json().get("id").asLong();
    lead.post("/api/projects/" + mine + "/members", "{\"user\": \"ann\"}");
    lead.post("/api/projects/" + mine + "/members", "{\"user\": \"oscar\"}");
    otherLead.post("/api/projects/" + theirs + "/members", "{\"user\": \"oscar\"}");
    String items = "{\"id\": \"x1\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n"
        + "{\"id\": \"x2\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n";
    lead.postLines("/api/projects/" + mine + "/items", items);
    otherLead.postLines("/api/projects/" + theirs + "/items", items);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withoutAValidTokenEverythingButHealthIs401() throws Exception {
    Http anonymous = lead.as(null);
    assertThat(anonymous.get("/api/health").status()).isEqualTo(200);
    Http.Reply r = anonymous.get("/api/projects");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("error").get("code").asString()).isEqualTo("unauthorized");
    assertThat(lead.as("assay_not-a-real-token").get("/api/projects").status()).isEqualTo(401);
    assertThat(lead.as("Bearer junk").get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void anAnnotatorCannotReachAnotherProjectOrItsItems() throws Exception {
    assertThat(ann.get("/api/projects/" + theirs).status()).as("not a member: the project does not exist for them").isEqualTo(404);
    assertThat(ann.get("/api/projects/" + theirs + "/next").status()).isEqualTo(404);
    assertThat(ann.post("/api/projects/" + theirs + "/items/x1/annotations", "{\"label\": \"a\"}").status()).isEqualTo(404);
    assertThat(ann.get("/api/projects/" + theirs + "/export").status()).isEqualTo(404);
    assertThat(ann.get("/api/projects/999999").status()).as("a project that does not exist answers the same").isEqualTo(404);
    assertThat(ann.get("/api/projects").json().get("projects")).hasSize(1);
  }

  @Test
  void anAnnotatorCannotLabelAnotherAnnotatorsItemNorSeeAnyonesLabels() throws Exception {
    String annItem = ann.get("/api/projects/" + mine + "/next").json().get("item").asString();
    String otherItem = other.get("/api/projects/" + mine + "/next").json().get("item").asString();
    assertThat(otherItem).as("overlap 1: each gets their own item").isNotEqualTo(annItem);
    Http.Reply r = ann.post("/api/projects/" + mine + "/items/" + otherItem + "/annotations", "{\"label\": \"a\"}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").get("message").asString()).contains("not assigned to you");
    assertThat(ann.post("/api/projects/" + mine + "/items/nope/annotations", "{\"label\": \"a\"}").status()).isEqualTo(404);
    assertThat(ann.get("/api/projects/" + mine + "/agreement").status()).isEqualTo(403);
    assertThat(ann.get("/api/projects/" + mine + "/export").status()).isEqualTo(403);
    assertThat(ann.get("/api/projects/" + mine + "/members").status()).isEqualTo(403);
    assertThat(ann.get("/api/projects/" + mine + "/items").status()).isEqualTo(403);
    assertThat(ann.post("/api/projects/" + mine + "/items", "{}").status()).isEqualTo(403);
    assertThat(ann.post("/api/projects/" + mine + "/members", "{\"user\": \"ann\", \"role\": \"lead\"}").status())
        .as("no self-promotion").isEqualTo(403);
    assertThat(ann.post("/api/projects", "{\"name\": \"own\"}").status()).isEqualTo(403);
    // Undo touches only the caller's own annotations.
    ann.post("/api/projects/" + mine + "/items/" + annItem + "/annotations", "{\"label\": \"a\"}");
    assertThat(other.delete("/api/projects/" + mine + "/annotations/mine").status()).isEqualTo(404);
    assertThat(lead.get("/api/projects/" + mine + "/export").body().lines()).hasSize(1);
  }

  @Test
  void aLeadOfOneProjectIsNobodyInAnother() throws Exception {
    assertThat(otherLead.get("/api/projects/" + mine + "/agreement").status()).isEqualTo(404);
    assertThat(otherLead.post("/api/projects/" + mine + "/members", "{\"user\": \"olga\", \"role\": \"lead\"}").status()).isEqualTo(404);
    assertThat(otherLead.get("/api/projects/" + mine + "/export").status()).isEqualTo(404);
  }

  @Test
  void badInputIsA400WithTheOneErrorShape() throws Exception {
    Http.Reply r = lead.post("/api/projects", "{\"name\": \"x\", \"kind\": \"ranking\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").get("message").asString()).contains("kind 'ranking'");
    assertThat(lead.post("/api/projects", "{not json").json().get("error").get("message").asString()).startsWith("body:1: not valid JSON");
    assertThat(lead.post("/api/projects", "{\"name\": \"mine\"}").json().get("error").get("message").asString())
        .contains("exists already");
    String item = ann.get("/api/projects/" + mine + "/next").json().get("item").asString();
    assertThat(ann.post("/api/projects/" + mine + "/items/" + item + "/annotations", "{\"label\": \"left\"}").json()
        .get("error").get("message").asString()).contains("expected \"a\", \"b\" or \"tie\"");
    Http.Reply unknown = lead.get("/api/nothing-here");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").get("code").asString()).isEqualTo("not_found");
  }
}
