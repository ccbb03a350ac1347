package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.stats.agreement.KrippendorffAlpha;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A Likert project end to end: single answers scored 1..5 by two annotators, checked scores,
 * ordinal agreement equal to assay-stats' Krippendorff's alpha on the same matrix (itself checked
 * against the krippendorff package), and exports with the score.
 */
class LikertTest {
  @TempDir Path dir;

  @Test
  void scoresAreCheckedAgreedOnOrdinallyAndExported() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
      Http ann = lead.as(users.add("ann", Role.ANNOTATOR, null).token());
      Http bob = lead.as(users.add("bob", Role.ANNOTATOR, null).token());
      JsonNode p = lead.post("/api/projects", "{\"name\": \"clarity\", \"kind\": \"likert\", \"scale\": [1, 5], \"overlap\": 2}").json();
      assertThat(p.get("scale").toString()).isEqualTo("[1,5]");
      long id = p.get("id").asLong();
      assertThat(lead.post("/api/projects", "{\"name\": \"x\", \"kind\": \"likert\", \"scale\": [1, 12]}").status()).isEqualTo(400);
      lead.post("/api/projects/" + id + "/members", "{\"user\": \"ann\"}");
      lead.post("/api/projects/" + id + "/members", "{\"user\": \"bob\"}");
      JsonNode imported = lead.postLines("/api/projects/" + id + "/items",
          "{\"id\": \"l1\", \"instruction\": \"q1\", \"output\": \"o1\"}\n{\"id\": \"l2\", \"instruction\": \"q2\", \"output\": \"o2\"}\n"
              + "{\"id\": \"l3\", \"instruction\": \"q3\", \"output\": \"o3\"}\n{\"id\": \"l4\", \"instruction\": \"q4\", \"output\": \"o4\"}\n"
              + "{\"id\": \"bad\", \"instruction\": \"q\", \"output_a\": \"pairwise\", \"output_b\": \"item\"}\n").json();
      assertThat(imported.get("imported").asLong()).isEqualTo(4);
      assertThat(imported.get("errors").get(0).get("error").asString()).contains("field 'output'");

      int[][] scores = {{1, 2, 3, 4}, {1, 2, 3, 5}}; // ann, bob by item l1..l4
      List<Http> raters = List.of(ann, bob);
      for (int r = 0; r < 2; r++) {
        Http h = raters.get(r);
        for (int k = 0; k < 4; k++) {
          JsonNode next = h.get("/api/projects/" + id + "/next").json();
          assertThat(next.has("output")).isTrue();
          assertThat(next.has("show_first")).isFalse();
          String item = next.get("item").asString();
          int score = scores[r][Integer.parseInt(item.substring(1)) - 1];
          if (k == 0) {
            assertThat(h.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"score\": 6}").status()).isEqualTo(400);
            assertThat(h.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"label\": \"a\"}").status()).isEqualTo(400);
          }
          assertThat(h.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"score\": " + score + "}").status()).isEqualTo(201);
        }
      }
      JsonNode agreement = lead.get("/api/projects/" + id + "/agreement").json();
      double expected = KrippendorffAlpha.of(new double[][] {{0, 0}, {1, 1}, {2, 2}, {3, 4}}, KrippendorffAlpha.Level.ORDINAL);
      assertThat(agreement.get("krippendorff_alpha").asDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(agreement.get("level").asString()).startsWith("ordinal");
      assertThat(agreement.get("n_items").asLong()).isEqualTo(4);
      List<String> rows = lead.get("/api/projects/" + id + "/export").body().lines().toList();
      assertThat(rows).hasSize(8).allSatisfy(r -> assertThat(r).contains("\"score\":").doesNotContain("\"shown_first\""));
      assertThat(lead.get("/api/projects/" + id + "/export?format=label-studio").body()).contains("\"rating\"");
      assertThat(lead.get("/api/projects/" + id + "/export?format=preference-pairs").status()).isEqualTo(400);
    }
  }
}
